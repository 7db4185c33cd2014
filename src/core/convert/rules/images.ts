import type TurndownService from 'turndown';

// Alt texts that say nothing about the image ("insert image description here", CSDN's editor default).
const EMPTY_ALTS = new Set(['在这里插入图片描述', 'image', 'img', 'picture', '图片']);

/** The widest candidate of a `srcset`, or null when it has none with a width or density. */
export function bestSrcsetCandidate(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (url && (!best || size > best.size)) best = { url, size };
  }
  return best?.url ?? null;
}

function isTrackingPixel(img: Element): boolean {
  return img.getAttribute('width') === '1' && img.getAttribute('height') === '1';
}

function escapeAlt(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\[\]\\])/g, '\\$1').trim();
}

/** Images become `![alt](src "title")` from their best source; data URIs and tracking pixels are dropped. */
export const images: TurndownService.Rule = {
  filter: 'img',
  replacement(_content, node) {
    const img = node as Element;
    const src = bestSrcsetCandidate(img.getAttribute('srcset')) ?? img.getAttribute('src') ?? '';
    if (!src || src.startsWith('data:') || isTrackingPixel(img)) return '';
    const rawAlt = img.getAttribute('alt') ?? '';
    const alt = EMPTY_ALTS.has(rawAlt.trim().toLowerCase()) ? '' : escapeAlt(rawAlt);
    const title = img.getAttribute('title');
    const titlePart = title ? ` "${title.replace(/"/g, '\\"')}"` : '';
    return `![${alt}](${src.replace(/[()\s]/g, encodeURIComponent)}${titlePart})`;
  },
};
