/**
 * The elements a page's metadata is read from, gathered in one walk of the document: on a linkedom
 * document ("Save link", the CLI) each query walks every node, and reading the metadata asked half a
 * dozen. Document order, first match first; the contents of `<template>`s are left out, as a
 * selector leaves them.
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
}

export function pageParts(doc: Document): PageParts {
  const parts: PageParts = { metas: [], jsonLd: [], h1s: [], canonical: null, title: null, author: null };
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
    }
    if (!parts.author && el.getAttribute('itemprop') === 'author') parts.author = el;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return parts;
}
