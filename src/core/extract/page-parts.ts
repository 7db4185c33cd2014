import type { RepairTargets } from './repairs/targets';
import { PROMPT_NAME } from './repairs/page-prompts';
import { LAYOUT_UTILITY } from './repairs/layout-utilities';
import { isNotContent } from './repairs/not-content';
import { isPostFurniture } from './repairs/post-furniture';
import { POST_CLASS } from './post-series';

/**
 * The elements a page's repairs, metadata, base address, main region and thread are read from,
 * gathered in one walk of the document: on a linkedom document ("Save link", the CLI) each query
 * walks every node, and those readings asked about fifteen. Document order, first match first; the
 * contents of `<template>`s are left out, as a selector leaves them. A repair that moves nodes (a
 * `<noscript>` unwrapped, streamed segments placed) has the parts taken again. Its repair targets
 * are the body's.
 */
export interface PageParts extends RepairTargets {
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
  /** React's streamed segments, `div[hidden][id^="S:"]`. */
  segments: Element[];
  /** The body and the elements in it whose style mentions visibility (`[style*="visibility" i]`). */
  visibilityStyled: Element[];
  /**
   * What Readability's readerable check reads, in its order: `p, pre, article`, then each `<div>`
   * that holds a `<br>` (`div > br`'s parents) not already among them.
   */
  readerCandidates: Element[];
  /** Elements in the body named as a prompt to the reader (`PROMPT_NAME`: cookie banners, sign-ups, cart drawers). */
  prompts: Element[];
  /** Elements in the body whose class names hold a layout utility Readability reads as chrome (`LAYOUT_UTILITY`). */
  layoutUtilities: Element[];
  /** Elements in the body the page marks as not its content or hides from a sighted reader (`isNotContent`). */
  notContent: Element[];
  /** What a forum repeats on each post that is not the post: a member's signature, card, title, the post's controls (`isPostFurniture`). */
  postFurniture: Element[];
  /** Elements in the body whose class names call them a post (`POST_CLASS`): a discussion's posts without microdata. */
  postLike: Element[];
}

export function pageParts(doc: Document): PageParts {
  const parts: PageParts = {
    metas: [], jsonLd: [], h1s: [], canonical: null, title: null, author: null, base: null, mains: [], items: [],
    noscripts: [], images: [], pres: [], hasCode: false, jumpLinks: [], segments: [], visibilityStyled: [], readerCandidates: [], prompts: [], layoutUtilities: [], notContent: [], postFurniture: [], postLike: [],
  };
  const root = doc.documentElement;
  if (!root) return parts;
  const body = doc.body;
  if (body) parts.visibilityStyled.push(body);
  // The walk is in document order: the body's elements run from the body to the first element after it.
  const afterBody = body && elementAfter(body);
  let inBody = false;
  const brParents = new Set<Element>();
  // A tree walker: one call per element, where reading each element's children costs a browser two
  // (the walk's cost on Chromium halves). Names are read as `localName`, which a browser keeps as it
  // is, where `tagName` is upper-cased on each read.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  // A DOM library keeps a template's contents as its children (a browser keeps them apart): skipped
  // up to the first element after the template.
  let skipTo: Element | null | undefined;
  for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
    if (skipTo !== undefined) {
      if (el !== skipTo) continue;
      skipTo = undefined;
    }
    if (el === body) inBody = true;
    else if (el === afterBody) inBody = false;
    switch (el.localName) {
      case 'template':
        skipTo = elementAfter(el);
        continue;
      case 'meta':
        parts.metas.push(el);
        break;
      case 'script':
        if (el.getAttribute('type') === 'application/ld+json') parts.jsonLd.push(el);
        break;
      case 'h1':
        parts.h1s.push(el);
        break;
      case 'link':
        if (!parts.canonical && el.getAttribute('rel') === 'canonical') parts.canonical = el;
        break;
      case 'title':
        parts.title ??= el;
        break;
      case 'base':
        if (!parts.base && el.hasAttribute('href')) parts.base = el;
        break;
      case 'noscript':
        if (inBody) parts.noscripts.push(el);
        break;
      case 'div':
        if (el.hasAttribute('hidden') && el.id.startsWith('S:')) parts.segments.push(el);
        break;
      case 'img':
        if (inBody) parts.images.push(el);
        break;
      case 'a':
        if (inBody && el.getAttribute('href')?.includes('#')) parts.jumpLinks.push(el);
        break;
      case 'code':
        parts.hasCode ||= inBody;
        break;
      case 'pre':
        if (inBody) {
          parts.pres.push(el);
          parts.hasCode = true;
        }
        parts.readerCandidates.push(el);
        break;
      case 'p':
      case 'article':
        parts.readerCandidates.push(el);
        break;
      case 'br':
        if (el.parentElement?.localName === 'div') brParents.add(el.parentElement);
        break;
    }
    if (el.localName === 'main') parts.mains.push(el);
    // An element without attributes (most of a page's text blocks) is done in one call.
    if (!el.hasAttributes()) continue;
    if (!parts.author && el.getAttribute('itemprop') === 'author') parts.author = el;
    if (el.localName !== 'main' && el.getAttribute('role') === 'main') parts.mains.push(el);
    if (el.hasAttribute('itemtype')) parts.items.push(el);
    if (inBody && el !== body && /visibility/i.test(el.getAttribute('style') ?? '')) parts.visibilityStyled.push(el);
    if (!inBody || el === body) continue;
    const names = el.getAttribute('class') ?? '';
    if (isPrompt(el, names)) parts.prompts.push(el);
    if (isPostFurniture(el, names)) parts.postFurniture.push(el);
    if (!names) continue;
    if (LAYOUT_UTILITY.test(names)) parts.layoutUtilities.push(el);
    if (isNotContent(el, names)) parts.notContent.push(el);
    if (POST_CLASS.test(names)) parts.postLike.push(el);
  }
  if (brParents.size) parts.readerCandidates = [...new Set([...parts.readerCandidates, ...brParents])];
  return parts;
}

/** Whether the class names or id of `el` name it a prompt to the reader. */
function isPrompt(el: Element, names: string): boolean {
  return (!!names && PROMPT_NAME.test(names)) || (!!el.id && PROMPT_NAME.test(el.id));
}

/** The first element after `el` and its descendants in document order, or null at the end. */
function elementAfter(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

// NodeFilter.SHOW_ELEMENT (no NodeFilter global in Node).
const SHOW_ELEMENT = 1;
