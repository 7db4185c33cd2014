import { copyWithout, linkedLength, visibleLength } from './region';
import { FURNITURE } from './main-container';

/** Fewest like sections, each under its own heading, that make a page of sections rather than one article. */
const MIN_SECTIONS = 3;
/** Text a section holds beyond its heading for it to count: a card of a grid holds a line or two. */
const MIN_SECTION_TEXT = 150;
// Where runs of headed blocks are the site's furniture or someone else's content, not the page's.
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
const HEADING = /^h[1-6]$/;

const kind = (el: Element) => `${el.localName}.${el.classList[0] ?? ''}`;

/** A section: opens with a heading and holds prose of its own, not links. */
function isSection(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || !HEADING.test(first.localName)) return false;
  const length = visibleLength(el);
  return length - visibleLength(first) >= MIN_SECTION_TEXT && linkedLength(el) * 2 < length;
}

/**
 * A copy of the element holding the page's longest run of like sections (three or more blocks of one
 * kind, each opening with a heading and holding prose), furniture removed; null when there is none.
 * A reference page (a manual page, an API's options) is such a run, and the generic extractor keeps
 * the longest section of it.
 */
export function sectionRun(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  const seen = new Set<Element>();
  for (const heading of doc.body?.querySelectorAll('h2, h3') ?? []) {
    const section = heading.parentElement;
    const container = section?.parentElement;
    if (!section || !container || seen.has(container) || section.firstElementChild !== heading) continue;
    seen.add(container);
    const sections = [...container.children].filter((child) => kind(child) === kind(section));
    if (sections.length < MIN_SECTIONS || sections.filter(isSection).length < MIN_SECTIONS) continue;
    if (container.closest(CHROME)) continue;
    const length = visibleLength(container);
    if (length > bestLength) [best, bestLength] = [container, length];
  }
  return best && copyWithout(best, FURNITURE);
}
