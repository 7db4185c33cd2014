import { htmlNodes } from '../../html-nodes';
import { visibleLength } from '../region';

/**
 * Some pages (Discourse forums, for one) ship their whole content for crawlers inside a `<noscript>`
 * and render it with scripts. When a `<noscript>` holds more text than everything else in the body,
 * it is the content: put it in the page in place of the `<noscript>`. `noscripts` are the body's
 * (`PageParts.noscripts`). True when it did.
 */
export function unwrapNoscriptContent(doc: Document, noscripts: readonly Element[]): boolean {
  const body = doc.body;
  if (!body) return false;
  let best: Element | null = null;
  let bestLength = 0;
  for (const noscript of noscripts) {
    const length = noscriptText(noscript).length;
    if (length > bestLength) [best, bestLength] = [noscript, length];
  }
  if (!best || bestLength < 200) return false;
  if (bestLength <= visibleLength(body, bestLength)) return false;
  // A browser with scripting on keeps noscript content as text; a DOM library may parse it.
  best.replaceWith(...(best.children.length ? best.childNodes : htmlNodes(doc, best.textContent ?? '')));
  return true;
}

function noscriptText(noscript: Element): string {
  const source = noscript.children.length ? (noscript.textContent ?? '') : (noscript.textContent ?? '').replace(/<[^>]*>/g, ' ');
  return source.replace(/\s+/g, ' ').trim();
}
