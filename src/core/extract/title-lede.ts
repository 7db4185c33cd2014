import { foldSpaces, plainText } from './plain-text';
import type { PageParts } from './page-parts';

/** A lede of more paragraphs than this is the article itself, which the generic extractor keeps. */
const MAX_PARAGRAPHS = 12;
/** A line shorter than this under a title is a date or a byline, not a lede. */
const MIN_PARAGRAPH = 40;
// Node.DOCUMENT_POSITION_FOLLOWING (no Node global in Node).
const FOLLOWING = 4;

/**
 * Copies of the paragraphs that follow the page's title inside the title's own block (a reference
 * page's summary, a story's standfirst), taken before the generic extractor runs: on a layout that
 * keeps the title and its lede in a header apart from the body, it keeps the body alone. Empty when
 * the title's block holds no such paragraph, or so many that it is the article itself.
 */
export function titleLede({ h1s }: PageParts): Element[] {
  const title = h1s.find((h1) => h1.isConnected && !h1.closest('nav, footer, aside'));
  const block = title?.parentElement;
  if (!title || !block || block.localName === 'body') return [];
  const paragraphs = [...block.querySelectorAll('p')].filter(
    (p) => title.compareDocumentPosition(p) & FOLLOWING && foldSpaces(plainText(p)).length >= MIN_PARAGRAPH,
  );
  if (paragraphs.length > MAX_PARAGRAPHS) return [];
  return paragraphs.map((p) => p.cloneNode(true) as Element);
}

/**
 * Puts the lede at the head of `content` when the generic extractor left all of it out (the kept
 * text holds none of its paragraphs); true when it did.
 */
export function restoreTitleLede(content: Element, lede: readonly Element[], kept: string): boolean {
  const said = foldSpaces(kept);
  if (!lede.length || lede.some((p) => said.includes(foldSpaces(plainText(p))))) return false;
  content.prepend(...lede);
  return true;
}
