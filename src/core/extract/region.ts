import { plainText, UNSHOWN } from './plain-text';

/** A deep copy of `el` without the elements `furniture` selects: taken before the generic extractor changes the page. */
export function copyWithout(el: Element, furniture: string): Element {
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(furniture)) part.remove();
  return copy;
}

/**
 * The nearest element, from `start` up, that holds every one of `posts`; null when only the body (or
 * the root) holds them all: they are not one part of the page.
 */
export function holderOf(posts: readonly Element[], start: Element | null): Element | null {
  let holder = start;
  while (holder && !posts.every((post) => holder!.contains(post))) holder = holder.parentElement;
  const doc = holder?.ownerDocument;
  return holder && holder !== doc?.body && holder !== doc?.documentElement ? holder : null;
}

/** True when `region` holds more than `factor` times the text the generic extractor kept. */
export function holdsMoreText(region: Element, kept: string, factor: number): boolean {
  return plainText(region).length > factor * kept.length;
}

/**
 * Length of the text under `root` outside scripts, styles, noscripts and templates (spaces collapsed).
 * Counting stops once it reaches `enough`: a caller comparing against a bound reads no further
 * than the bound (a page's whole text, to learn it is longer than a hidden menu's). Elements
 * `skip` accepts are not counted either (the page's menus and footers, for one caller).
 */
export function visibleLength(root: Element, enough = Infinity, skip?: (el: Element) => boolean): number {
  let length = 0;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) length += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    if (node.nodeType !== 1 || UNSHOWN.has((node as Element).tagName) || skip?.(node as Element)) return;
    for (let child = node.firstChild; child && length < enough; child = child.nextSibling) walk(child);
  };
  walk(root);
  return length;
}

/** Length of the text under `root` that is link text (as `visibleLength` counts it): its `<a>`s', or `links` already found in it. */
export function linkedLength(root: Element, links: Iterable<Element> = root.querySelectorAll('a')): number {
  let length = 0;
  for (const link of links) length += visibleLength(link);
  return length;
}
