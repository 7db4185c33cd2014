import { linkedLength, visibleLength } from '../region';
import { withoutFragment } from '../urls';
import { foldTitle } from '../title';

// At most this much text beside a table of contents' list in the block that holds it: its label
// ("Table of contents", "Jump to section") and a show/hide toggle, not a paragraph of the article.
const LABEL_LENGTH = 60;
// A list is a table of contents when nearly all of its links jump within the page…
const JUMP_SHARE = 0.8;
// …and its text is mostly those links (numbering aside), unlike footnotes, whose back-links are short.
const LINK_TEXT_SHARE = 0.7;
const MIN_JUMPS = 3;
// The share of a link's words its heading must hold for the link to name it.
const SAME_WORDS = 0.6;
// A table of contents is a small part of the article: a page that is mostly one is an index.
const MAX_SHARE_OF_PAGE = 1 / 3;

/**
 * Removes the article's tables of contents: lists whose links jump to the article's own sections,
 * with the label and toggle around them. The headings they list are in the article itself; in
 * Markdown the list would be a block of links to anchors that no longer exist. `jumpLinks` are the
 * links under `root` whose address holds a `#`.
 */
export function removeTablesOfContents(root: Element, jumpLinks: readonly Element[], pageUrl: string): void {
  const page = withoutFragment(pageUrl);
  const jumps = new Map<Element, number>();
  for (const link of jumpLinks) {
    if (!jumpsWithin(link.getAttribute('href') ?? '', page)) continue;
    const list = outermostList(link);
    if (list) jumps.set(list, (jumps.get(list) ?? 0) + 1);
  }
  let pageLength: number | undefined;
  let headings: Map<string, string> | undefined;
  for (const [list, count] of jumps) {
    if (count < MIN_JUMPS || !root.contains(list)) continue;
    const links = list.querySelectorAll('a[href]');
    if (count < links.length * JUMP_SHARE) continue;
    // It lists the article's headings by their words, not tab panels or key points that link to their section.
    headings ??= headingAnchors(root);
    const toHeadings = [...links].filter((link) => repeatsHeading(link, headings!)).length;
    if (toHeadings < count * JUMP_SHARE) continue;
    const listLength = visibleLength(list);
    if (linkedLength(list, links) < listLength * LINK_TEXT_SHARE) continue;
    pageLength ??= visibleLength(root);
    if (listLength > pageLength * MAX_SHARE_OF_PAGE) continue;
    tocBlock(list, root, listLength).remove();
  }
}

/** The list a link sits in, from its outermost `<ul>`/`<ol>` (a nested table of contents is one list). */
function outermostList(link: Element): Element | null {
  let list: Element | null = null;
  for (let el = link.parentElement; el && /^(?:LI|UL|OL)$/.test(el.tagName); el = el.parentElement) {
    if (el.tagName !== 'LI') list = el;
  }
  return list;
}

/** The largest block around `list` that holds nothing else than a label: what the reader sees as the table. */
function tocBlock(list: Element, root: Element, listLength: number): Element {
  let block = list;
  for (let el = list.parentElement; el && el !== root && !/^(?:BODY|MAIN|ARTICLE)$/.test(el.tagName); el = el.parentElement) {
    if (visibleLength(el, listLength + LABEL_LENGTH + 1) > listLength + LABEL_LENGTH) break;
    block = el;
  }
  return block;
}

/**
 * The anchors that name a heading under `root`, with the heading's words: a heading's own id, an id
 * inside it (a permalink span), the id or name of the element just before it, or the id of the section
 * it opens.
 */
function headingAnchors(root: Element): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const words = foldTitle(heading.textContent ?? '');
    const add = (el: Element | null | undefined) => {
      const id = el?.getAttribute('id') ?? el?.getAttribute('name');
      if (id && !anchors.has(id)) anchors.set(id, words);
    };
    add(heading);
    for (const inner of heading.querySelectorAll('[id], a[name]')) add(inner);
    add(heading.previousElementSibling);
    if (heading.parentElement?.firstElementChild === heading) add(heading.parentElement);
  }
  return anchors;
}

/** The link jumps to a heading and says what the heading says: most of its words, numbering aside. */
function repeatsHeading(link: Element, headings: Map<string, string>): boolean {
  const heading = headings.get(fragmentOf(link.getAttribute('href') ?? ''));
  if (heading === undefined) return false;
  const headingWords = new Set(words(heading));
  const linkWords = words(foldTitle(link.textContent ?? ''));
  return linkWords.length > 0 && linkWords.filter((w) => headingWords.has(w)).length >= linkWords.length * SAME_WORDS;
}

function words(folded: string): string[] {
  return folded.split(' ').filter((w) => w && !/^\d+$/.test(w));
}

function fragmentOf(href: string): string {
  const at = href.indexOf('#');
  if (at < 0) return '';
  const fragment = href.slice(at + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A `#section` of this page, written alone or after the page's own address. */
function jumpsWithin(href: string, page: string): boolean {
  if (href.startsWith('#')) return href.length > 1;
  try {
    const url = new URL(href, page);
    const hash = url.hash;
    url.hash = '';
    return hash.length > 1 && url.href === page;
  } catch {
    return false;
  }
}

