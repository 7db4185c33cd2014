import { plainText } from './plain-text';
import { linkedLength, visibleLength } from './region';

/** Below this much text kept, the generic extractor may have kept one section of a page made of several. */
const KEPT_SHORT = 2000;
/** The page's own text (outside its furniture) at least this many times what was kept: most was left out. */
const PAGE_FACTOR = 3;
/** A second reading stands when it holds at least this many times the text of the first. */
const FULLER = 1.5;
/** Link text at least this share of a reading's text: a list of links (related stories, a job board). */
const LINK_LIST = 0.5;

const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/**
 * Whether the generic extractor kept one block of a page made of several: a service's landing page
 * of feature sections, a topic page of teasers, where Readability's best-scoring block is one of
 * them. Seen as little text `kept` against the page's own text (`ownTextLength`).
 */
export function keptOneBlock(pageText: number, kept: string): boolean {
  return kept.length < KEPT_SHORT && pageText >= PAGE_FACTOR * Math.max(kept.length, 1);
}

/**
 * Whether a second reading of the page replaces the first: it holds far more text, and it is not a
 * list of links standing in for prose (a short news story among a page of related headlines).
 */
export function readingStands(reading: Element, kept: string, keptProse: boolean): boolean {
  if (plainText(reading).length < FULLER * kept.length) return false;
  return !keptProse || linkedLength(reading) < LINK_LIST * visibleLength(reading);
}

/**
 * Length of the text in `body` outside scripts, menus, banners, footers, sidebars and forms (spaces
 * folded), read before the generic extractor changes the page. Counted only as far as `keptOneBlock`
 * needs: most pages hold more.
 */
export function ownTextLength(body: Element): number {
  return visibleLength(body, PAGE_FACTOR * KEPT_SHORT, isFurniture);
}

function isFurniture(el: Element): boolean {
  return FURNITURE_TAGS.has(el.tagName) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '');
}
