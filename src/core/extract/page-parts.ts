/**
 * The elements a page's metadata, base address, main region and thread are read from, gathered in
 * one walk of the document: on a linkedom document ("Save link", the CLI) each query walks every
 * node, and those readings asked about ten. Document order, first match first; the contents of
 * `<template>`s are left out, as a selector leaves them. Taken after the repairs that move nodes.
 */
export interface PageParts {
  metas: Element[];
  /** `<script type="application/ld+json">` blocks. */
  jsonLd: Element[];
  h1s: Element[];
  canonical: Element | null;
  title: Element | null;
  /** The first element marked `itemprop="author"`. */
  author: Element | null;
  /** The first `<base href>`. */
  base: Element | null;
  /** `<main>` and `role="main"` elements. */
  mains: Element[];
  /** Elements with an `itemtype` (schema.org microdata items). */
  items: Element[];
}

export function pageParts(doc: Document): PageParts {
  const parts: PageParts = { metas: [], jsonLd: [], h1s: [], canonical: null, title: null, author: null, base: null, mains: [], items: [] };
  // Depth first, in document order, with a stack: no recursion limit on a deep page.
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    const el = stack.pop()!;
    switch (el.tagName) {
      case 'TEMPLATE':
        continue;
      case 'META':
        parts.metas.push(el);
        break;
      case 'SCRIPT':
        if (el.getAttribute('type') === 'application/ld+json') parts.jsonLd.push(el);
        break;
      case 'H1':
        parts.h1s.push(el);
        break;
      case 'LINK':
        if (!parts.canonical && el.getAttribute('rel') === 'canonical') parts.canonical = el;
        break;
      case 'TITLE':
        parts.title ??= el;
        break;
      case 'BASE':
        if (!parts.base && el.hasAttribute('href')) parts.base = el;
        break;
    }
    if (!parts.author && el.getAttribute('itemprop') === 'author') parts.author = el;
    if (el.tagName === 'MAIN' || el.getAttribute('role') === 'main') parts.mains.push(el);
    if (el.hasAttribute('itemtype')) parts.items.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return parts;
}
