import { htmlNodes } from '../../html-nodes';
import { visibleLength } from '../region';

/**
 * Some pages (Discourse forums, for one) ship their whole content for crawlers inside a `<noscript>`
 * and render it with scripts. When a `<noscript>` holds more text than everything else in the body,
 * it is the content: put it in the page in place of the `<noscript>`.
 */
export function unwrapNoscriptContent(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  let best: Element | null = null;
  let bestLength = 0;
  for (const noscript of body.querySelectorAll('noscript')) {
    const length = noscriptText(noscript).length;
    if (length > bestLength) [best, bestLength] = [noscript, length];
  }
  if (!best || bestLength < 200) return;
  if (bestLength <= visibleLength(body)) return;
  // A browser with scripting on keeps noscript content as text; a DOM library may parse it.
  best.replaceWith(...(best.children.length ? best.childNodes : htmlNodes(doc, best.textContent ?? '')));
}

function noscriptText(noscript: Element): string {
  const source = noscript.children.length ? (noscript.textContent ?? '') : (noscript.textContent ?? '').replace(/<[^>]*>/g, ' ');
  return source.replace(/\s+/g, ' ').trim();
}
