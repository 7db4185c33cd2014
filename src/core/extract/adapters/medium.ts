import type { SiteAdapter } from './types';
import { removeAll, text } from './helpers';
import { bestSrcsetCandidate } from '../../convert/rules/images';

// The byline bar (avatar, Follow, read time, claps, responses, bookmark, listen, share), which Medium
// wraps in `.speechify-ignore`, the clap and response counters, and the title and subtitle (front matter).
const FURNITURE = [
  '[data-testid="storyTitle"]',
  '.pw-subtitle-paragraph',
  '.speechify-ignore',
  '[data-testid="authorPhoto"]',
  '[data-testid="headerClapButton"]',
  '[data-testid="footerClapButton"]',
  '.pw-multi-vote-icon',
  '.pw-multi-vote-count',
  '.pw-responses-count',
  'button',
].join(', ');

/** Removes the "Member-only story" label, which has no class or test id of its own. */
export function removeMemberLabel(root: Element): void {
  for (const el of root.querySelectorAll('div, p, span')) {
    if (root.contains(el) && /^member-only story$/i.test(el.textContent?.replace(/\s+/g, ' ').trim() ?? '')) el.remove();
  }
}

/**
 * Medium serves images as `<picture>` whose `<img>` has no address of its own: the addresses are in
 * the `<source>` srcsets (one WebP, one in the original format). Gives the image the widest original.
 */
export function resolvePictures(root: ParentNode): void {
  for (const picture of root.querySelectorAll('picture')) {
    const img = picture.querySelector('img');
    if (!img || img.getAttribute('src')) continue;
    const sources = [...picture.querySelectorAll('source[srcset]')];
    const source = sources.find((s) => s.getAttribute('type') !== 'image/webp') ?? sources[0];
    const best = bestSrcsetCandidate(source?.getAttribute('srcset') ?? null);
    if (best) img.setAttribute('src', best);
  }
}

/** Medium puts a code block's language on the `<span>` inside the `<pre>`, where the repair does not look. */
export function markCodeBlockLanguages(root: ParentNode): void {
  for (const span of root.querySelectorAll('pre [data-code-block-lang]')) {
    const lang = span.getAttribute('data-code-block-lang');
    if (lang) span.closest('pre')?.classList.add(`language-${lang}`);
  }
}

/** Medium stories on medium.com and its subdomains (custom domains cannot be told from a URL). */
export const medium: SiteAdapter = {
  name: 'medium',
  matches: (url) => url.hostname === 'medium.com' || url.hostname.endsWith('.medium.com'),
  extract(doc, url) {
    const content = doc.querySelector('article');
    if (!content) return { content: null, facts: {} };
    const title = text(content, '[data-testid="storyTitle"]');
    const subtitle = text(content, '.pw-subtitle-paragraph');
    const byline = text(doc, '[data-testid="authorName"]');
    // Topic links sit under the story; story cards elsewhere on the page do not list topics.
    const tags = [...new Set([...doc.querySelectorAll('a[href*="/tag/"]')].map((a) => a.textContent?.trim() ?? '').filter(Boolean))];
    removeAll(content, `${FURNITURE}, a[href*="/tag/"]`);
    removeMemberLabel(content);
    resolvePictures(content);
    markCodeBlockLanguages(content);
    return {
      content,
      facts: {
        title: title ?? undefined,
        byline: byline ?? undefined,
        description: subtitle ?? undefined,
        siteName: 'Medium',
        tags,
        // A story's id is the hex suffix of its slug: /@user/some-title-8f3a1b2c4d5e.
        artid: url.pathname.match(/-([0-9a-f]{8,16})\/?$/)?.[1],
      },
    };
  },
};
