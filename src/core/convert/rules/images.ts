import type TurndownService from 'turndown';
import { UNSAFE_URL } from './unsafe-links';

// Alt texts that say nothing about the image ("insert image description here", CSDN's editor default).
const EMPTY_ALTS = new Set(['在这里插入图片描述', 'image', 'img', 'picture', '图片']);

/**
 * The largest candidate of a `srcset` (by width, else density), or null when it has none.
 * URLs may hold commas (image CDNs' `w_100,h_80`), so candidates split at a comma only after a
 * descriptor or a URL's end, as the HTML parsing algorithm does.
 */
export function bestSrcsetCandidate(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  const urlAt = /[\s,]*(\S+)/y;
  const descriptorsAt = /([^,]*),?/y;
  while (urlAt.lastIndex < srcset.length) {
    const m = urlAt.exec(srcset);
    if (!m) break;
    let url = m[1];
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      descriptorsAt.lastIndex = urlAt.lastIndex;
      descriptor = descriptorsAt.exec(srcset)?.[1].trim() ?? '';
      urlAt.lastIndex = descriptorsAt.lastIndex;
    }
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function isTrackingPixel(img: Element): boolean {
  const tiny = (value: string | null) => value !== null && parseFloat(value) <= 1;
  return tiny(img.getAttribute('width')) && tiny(img.getAttribute('height'));
}

/** The image's own address, else a `<source>` of its `<picture>` (lazy pages leave the img empty). */
function sourceOf(img: Element): string {
  // Lazy-loading plugins put a data: placeholder in srcset and the real image in src.
  const srcset = bestSrcsetCandidate(img.getAttribute('srcset'));
  const own = (srcset && !srcset.startsWith('data:') ? srcset : null) ?? img.getAttribute('src');
  if (own && !own.startsWith('data:')) return own;
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture?.children ?? []) {
    const url = source.tagName === 'SOURCE' && bestSrcsetCandidate(source.getAttribute('srcset'));
    if (url) return url;
  }
  return own ?? '';
}

/**
 * The address an `<img>` is linked by in the Markdown, or null when it is dropped (no source, a
 * data URI, a script URL, a tracking pixel). Image saving collects the same addresses.
 */
export function linkedImageSource(img: Element): string | null {
  const src = sourceOf(img);
  // A `javascript:` source would be a script target in the post (reliability issue: script in pages).
  if (!src || UNSAFE_URL.test(src) || isTrackingPixel(img)) return null;
  return src;
}

function escapeAlt(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\[\]\\])/g, '\\$1').trim();
}

/** Images become `![alt](src "title")` from their best source; data URIs, script URLs and tracking pixels are dropped. */
export const images: TurndownService.Rule = {
  filter: 'img',
  replacement(_content, node) {
    const img = node as Element;
    const src = linkedImageSource(img);
    if (!src) return '';
    const rawAlt = img.getAttribute('alt') ?? '';
    const alt = EMPTY_ALTS.has(rawAlt.trim().toLowerCase()) ? '' : escapeAlt(rawAlt);
    const title = img.getAttribute('title')?.replace(/\s+/g, ' ').trim();
    const titlePart = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
    return `![${alt}](${src.replace(/[()\s<>]/g, encodeURIComponent)}${titlePart})`;
  },
};

/**
 * Removes the blank text between a `<picture>`'s `<source>`s and `<img>`: it is layout of the HTML
 * source, and kept (turndown keeps spaces beside void elements) it indents the image's line,
 * four spaces making it a code block. Runs on the converter's own parse, before turndown.
 */
export function tidyPictures(root: Element): void {
  for (const pic of root.querySelectorAll('picture')) {
    for (const child of [...pic.childNodes]) if (child.nodeType === 3 && !child.nodeValue?.trim()) child.remove();
  }
}
