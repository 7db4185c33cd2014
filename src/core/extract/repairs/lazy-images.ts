// Attributes lazy loaders keep the real image address in, most specific first.
const LAZY_SOURCES = ['data-actualsrc', 'data-original-src', 'data-original', 'data-lazy-src', 'data-src', 'data-lazyload', 'data-url'];
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset'];

/** Whether `src` is a stand-in a lazy loader shows until the real image loads. */
function isPlaceholder(src: string | null): boolean {
  return !src || src.startsWith('data:') || /placeholder|blank\.|lazy|loading|spacer|grey\.gif|pixel\.gif/i.test(src);
}

/** Restores images that a lazy loader hides behind `data-*` attributes or `<noscript>` copies. */
export function restoreLazyImages(root: ParentNode, doc: Document): void {
  for (const img of root.querySelectorAll('img')) {
    const real = LAZY_SOURCES.map((name) => img.getAttribute(name)).find((v) => v && !v.startsWith('data:'));
    if (real && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', real);
    const realSet = LAZY_SRCSETS.map((name) => img.getAttribute(name)).find(Boolean);
    if (realSet && !img.getAttribute('srcset')) img.setAttribute('srcset', realSet);
  }
  for (const noscript of root.querySelectorAll('noscript')) {
    // The noscript copy carries the real image; it replaces a placeholder beside it.
    const holder = doc.createElement('div');
    // A clone of a live page holds the noscript body as text; a parsed document holds elements.
    holder.innerHTML = noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
    const copy = holder.querySelector('img');
    if (!copy?.getAttribute('src')) continue;
    // The placeholder sits beside the noscript copy: before it on most sites, after it on Zhihu.
    const neighbours = [noscript.previousElementSibling, noscript.nextElementSibling].map((el) => (el?.tagName === 'IMG' ? el : el?.querySelector('img') ?? null));
    if (neighbours.some((img) => img && !isPlaceholder(img.getAttribute('src')))) continue; // the real image is already there
    neighbours.find(Boolean)?.remove();
    noscript.replaceWith(copy);
  }
}
