import { Defuddle } from 'defuddle/core';
import { htmlNodes } from '../html-nodes';

/**
 * The page's content as Defuddle finds it in `page`, as a block of `doc`; null when it finds nothing.
 * Defuddle starts from the page's main region and strips what its long list of furniture names
 * (carts, recommendations, upsells, share bars), where Readability keeps the one block that scores
 * best. `page` must not have been read by the generic extractor, which changes what it reads.
 */
export function defuddleReading(page: Document, url: string, doc: Document = page): Element | null {
  let html: string;
  try {
    html = new Defuddle(page, { url }).parse().content ?? '';
  } catch {
    return null;
  }
  const box = doc.createElement('div');
  box.append(...htmlNodes(doc, html));
  return box.textContent?.trim() ? box : null;
}
