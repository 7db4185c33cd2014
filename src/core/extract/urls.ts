import type { PageParts } from './page-parts';

/** Resolves `href` against `base`; returns the input unchanged when it cannot be resolved. */
export function absoluteUrl(href: string, base: string): string {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href;
  }
}

/** The URL relative links in the page resolve against: its `<base href>` if any, else the page URL. */
export function documentBase({ base }: PageParts, pageUrl: string): string {
  const href = base?.getAttribute('href');
  return href ? absoluteUrl(href, pageUrl) : pageUrl;
}

/** The page address without its fragment, used to recognise a page saved before. */
export function withoutFragment(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

const URL_ATTRIBUTES: Array<[string, string]> = [
  ['a', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['iframe', 'src'],
];

/** Makes every link and media address under `root` absolute, so the article stands on its own. */
export function absolutizeUrls(root: Element, base: string): void {
  for (const [tag, attr] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`${tag}[${attr}]`)) {
      const value = el.getAttribute(attr)!;
      // In-page anchors keep pointing inside the article.
      if (tag === 'a' && value.startsWith('#')) continue;
      el.setAttribute(attr, absoluteUrl(value, base));
    }
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    const srcset = el.getAttribute('srcset')!;
    el.setAttribute(
      'srcset',
      srcset
        .split(/,\s+/)
        .map((candidate) => {
          const [href, ...descriptor] = candidate.trim().split(/\s+/);
          return [absoluteUrl(href, base), ...descriptor].join(' ');
        })
        .join(', '),
    );
  }
}
