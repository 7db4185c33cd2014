import { foldSpaces, plainText } from '../plain-text';
import { linkedLength, visibleLength } from '../region';

// How a forum introduces a quoted post: "Ada said:", "Ada wrote:", "@ada said in Topic:".
const ATTRIBUTION = /\b(said|wrote)\b.{0,80}:$/i;
// Lines shorter than this (an attribution, "Click to expand...") say nothing about what is quoted.
const MIN_LINE = 20;

/**
 * Removes quotations of what the saved thread already holds: a reply quoting an earlier post repeats
 * that post word for word, and a saved thread keeps each post once. A quotation counts when each of
 * its lines of some length is in the thread's own text (outside every quotation), so a quote of a post
 * that is not on this page stays. Quotations are a discussion's when the page declares a discussion or
 * the quotation opens with a forum's attribution line; an article's pull quotes stay. True when any went.
 */
export function removeRepeatedQuotes(content: Element, discussion: boolean): boolean {
  const quotes = [...content.querySelectorAll('blockquote')].filter((q) => !q.parentElement?.closest('blockquote'));
  const lines = new Map<Element, string[]>(quotes.map((q) => [q, plainText(q).split('\n')]));
  const attributed = (q: Element) => ATTRIBUTION.test(lines.get(q)![0]);
  const replies = quotes.filter((q) => discussion || attributed(q));
  if (!replies.length) return false;
  const own = content.cloneNode(true) as Element;
  for (const q of own.querySelectorAll('blockquote')) q.remove();
  const ownText = foldSpaces(plainText(own));
  let removed = false;
  for (const q of replies) {
    // The attribution line is the forum's, not the quoted post's.
    const quoted = lines.get(q)!.slice(attributed(q) ? 1 : 0).map(foldSpaces).filter((line) => line.length >= MIN_LINE);
    if (quoted.length && quoted.every((line) => ownText.includes(line))) {
      q.remove();
      removed = true;
    }
  }
  return removed;
}

// A paragraph shorter than this ("Thanks!", "Same here") may well be said twice in a thread.
const MIN_PARAGRAPH = 40;

/**
 * Removes paragraphs and list items of a discussion that repeat an earlier one word for word, outside
 * quotations (those are `removeRepeatedQuotes`'): a reply's preview of the post it answers (NodeBB
 * shows the parent post above each reply) repeats that post, and a saved thread keeps each post once.
 * True when any went.
 */
export function removeRepeatedParagraphs(content: Element): boolean {
  const said = new Set<string>();
  let removed = false;
  for (const block of [...content.querySelectorAll('p, li')]) {
    // The innermost blocks only: a list item holding a paragraph says it once.
    if (block.closest('blockquote') || block.querySelector('p, li') || !content.contains(block)) continue;
    const text = foldSpaces(plainText(block));
    if (text.length < MIN_PARAGRAPH) continue;
    if (!said.has(text)) said.add(text);
    else {
      removeWithFrame(block, content);
      removed = true;
    }
  }
  return removed;
}

/**
 * Removes `block`, then each ancestor below `root` it leaves holding nothing but links: a preview's
 * frame goes with it, and the name of the author it quoted, which would otherwise head the reply.
 */
function removeWithFrame(block: Element, root: Element): void {
  let frame: Element | null = block.parentElement;
  block.remove();
  while (frame && frame !== root && linkedLength(frame) >= visibleLength(frame)) {
    const up: Element | null = frame.parentElement;
    frame.remove();
    frame = up;
  }
}
