import type { RepairTargets } from './targets';

// Attributes lazy loaders keep the real image address in, most specific first.
const LAZY_SOURCES = ['data-actualsrc', 'data-original-src', 'data-original', 'data-lazy-src', 'data-src', 'data-lazyload', 'data-url'];
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset'];

/** Whether `src` is a stand-in a lazy loader shows until the real image loads. */
function isPlaceholder(src: string | null): boolean {
  return !src || src.startsWith('data:') || /placeholder|blank\.|lazy|loading|spacer|grey\.gif|pixel\.gif/i.test(src);
}

/** Restores images that a lazy loader hides behind `data-*` attributes or `<noscript>` copies. */
export function restoreLazyImages({ images, noscripts }: Pick<RepairTargets, 'images' | 'noscripts'>, doc: Document): void {
  for (const img of images) {
    const real = LAZY_SOURCES.map((name) => img.getAttribute(name)).find((v) => v && !v.startsWith('data:'));
    if (real && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', real);
    const realSet = LAZY_SRCSETS.map((name) => img.getAttribute(name)).find(Boolean);
    if (realSet && !img.getAttribute('srcset')) img.setAttribute('srcset', realSet);
  }
  for (const noscript of noscripts) {
    // The noscript copy carries the real image; it replaces a placeholder beside it.
    const copy = noscriptImage(noscript, doc);
    if (!copy?.getAttribute('src')) continue;
    // The placeholder sits beside the noscript copy: before it on most sites, after it on Zhihu.
    const neighbours = [noscript.previousElementSibling, noscript.nextElementSibling].map((el) => (el?.tagName === 'IMG' ? el : el?.querySelector('img') ?? null));
    if (neighbours.some((img) => img && !isPlaceholder(img.getAttribute('src')))) continue; // the real image is already there
    neighbours.find(Boolean)?.remove();
    noscript.replaceWith(copy);
  }
}

/** The first image in a `<noscript>`: its element in a parsed document, built from its text in a clone of a live page. */
function noscriptImage(noscript: Element, doc: Document): Element | null {
  if (noscript.children.length) return noscript.querySelector('img');
  const tag = (noscript.textContent ?? '').match(/<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i);
  if (!tag) return null;
  // Only the image and its attributes come in: nothing else in the text is parsed as markup.
  const img = doc.createElement('img');
  for (const [, name, ...values] of tag[1].matchAll(/([^\s"'=\/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    try {
      img.setAttribute(name.toLowerCase(), decodeEntities(values.find((v) => v !== undefined) ?? ''));
    } catch {
      // not a valid attribute name: left out, as a parser would
    }
  }
  return img;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = parseInt(hex ?? dec, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
