import type TurndownService from 'turndown';

// Footnote targets: `#fn1`, `#fn:1`, `#fn-1` (Pandoc, markdown-it, kramdown, Hugo), GitHub's
// `#user-content-fn-1`, MediaWiki's `#cite_note-Name-3`; never the way back (`#fnref1`, `#cite_ref-3`).
const NOTE_ID = /^(?:user-content-)?(?:fn(?!ref)[\w:.-]*|cite_note-.+)$/;
const BACKREF = /^#(?:user-content-)?(?:fnref|cite_ref)/;

function noteTarget(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#')) return null;
  const id = decodeFragment(href.slice(1));
  return NOTE_ID.test(id) ? id : null;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A note's label from its id, the same for its references and its definition: its number, else the id's name. */
function labelOf(id: string): string {
  return id.match(/(\d+)$/)?.[1] ?? id.replace(/^(?:user-content-)?(?:fn[:-]?|cite_note-)/, '').replace(/[^\w-]/g, '');
}

function isNoteLink(node: Node): boolean {
  return node.nodeName === 'A' && noteTarget(node as Element) !== null;
}

/** `<sup><a href="#fn1">1</a></sup>` holds nothing but the reference. */
function isNoteSup(node: Node): boolean {
  if (node.nodeName !== 'SUP') return false;
  const el = node as Element;
  return el.children.length === 1 && isNoteLink(el.children[0]) && el.textContent?.trim() === el.children[0].textContent?.trim();
}

/** References to notes (`sup > a[href^="#fn"]`, `a.footnote-ref`, MediaWiki's `sup.reference`) become `[^n]`. */
export const footnoteReference: TurndownService.Rule = {
  filter: (node) => isNoteSup(node) || isNoteLink(node),
  replacement(_content, node) {
    const link = node.nodeName === 'SUP' ? (node as Element).children[0] : (node as Element);
    return `[^${labelOf(noteTarget(link)!)}]`;
  },
};

function isNoteItem(node: Node): boolean {
  return node.nodeName === 'LI' && NOTE_ID.test((node as Element).id);
}

function isNoteList(node: Node | null): boolean {
  const first = (node as Element | null)?.firstElementChild;
  return (node?.nodeName === 'OL' || node?.nodeName === 'UL') && !!first && isNoteItem(first);
}

/** The list of notes (`section.footnotes ol`, MediaWiki's `ol.references`): its items are definitions. */
export const footnoteList: TurndownService.Rule = {
  filter: isNoteList,
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};

/** One note: `[^n]: text`, later paragraphs indented by four spaces. */
export const footnoteDefinition: TurndownService.Rule = {
  filter: (node) => isNoteItem(node) && isNoteList(node.parentNode),
  replacement(content, node) {
    const body = content.trim().replace(/\n(?=.)/g, '\n    ');
    return body ? `[^${labelOf((node as Element).id)}]: ${body}\n` : '';
  },
};

/** Links back from a note to its reference, the rule Pandoc draws above the notes and GitHub's hidden heading add nothing. */
export const footnoteFurniture: TurndownService.Rule = {
  filter(node) {
    const el = node as Element;
    if (node.nodeName === 'A') return BACKREF.test(el.getAttribute('href') ?? '') || /(?:^|\s)(?:footnote-backref|reversefootnote|data-footnote-backref)(?:\s|$)/.test(el.getAttribute('class') ?? '');
    if (node.nodeName === 'SPAN') return el.getAttribute('class') === 'mw-cite-backlink';
    // GitHub titles its notes with a heading only screen readers get.
    if (node.nodeName === 'H2') return el.id === 'footnote-label';
    if (node.nodeName === 'HR') return /(?:^|\s)footnotes(?:\s|$)/.test(el.parentElement?.getAttribute('class') ?? '');
    return false;
  },
  replacement: () => '',
};
