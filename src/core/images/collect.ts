import { parseHTML } from 'linkedom';
import { linkedImageSource } from '../convert/rules/images';

/** Only web addresses can be downloaded; anything else (or an address that does not parse) stays a link. */
function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The images an article links to, in reading order and each once: every `<img>` the Markdown keeps
 * (the same source the converter picks, srcset and `<picture>` included), then the lead image.
 * The article HTML has absolute URLs already (the content script made them so).
 */
export function articleImageUrls(html: string, leadImage: string | null): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const urls = new Set<string>();
  for (const img of document.querySelectorAll('img')) {
    const src = linkedImageSource(img as unknown as Element);
    if (src && isWebUrl(src)) urls.add(src);
  }
  if (leadImage && isWebUrl(leadImage)) urls.add(leadImage);
  return [...urls];
}
