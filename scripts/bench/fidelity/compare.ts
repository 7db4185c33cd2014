// What a round trip (article HTML → Keepmark's Markdown → HTML again) keeps, measured on the two
// HTML documents: visible words, code blocks, table cells, images, links and formulas. Each loss
// Keepmark makes on purpose (tracking pixels, layout tables, `javascript:` links, …) is counted
// apart under its reason, never silently left out.
import { parseHTML } from 'linkedom';

/** Parses an HTML fragment; the returned element holds it. */
export function parseFragment(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="fidelity-root">${html}</div></body></html>`);
  return document.getElementById('fidelity-root') as unknown as Element;
}

// ---------------------------------------------------------------------------------------------
// Words

// Han, Hiragana and Katakana are written without spaces: each character is a token, or a whole
// sentence would be one. Everything else: runs of Unicode \w (letters, marks, digits, connectors).
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}\p{Pc}])+/gu;

/** Lower-cased word tokens; CJK ideographs and kana one per character. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of list) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

export interface WordScore {
  f1: number;
  precision: number;
  recall: number;
  /** Tokens of the source the rendering lacks (with how many), most first. */
  missing: [string, number][];
  /** Tokens the rendering has beyond the source, most first. */
  extra: [string, number][];
}

/** Bag-of-words F1 of `rendered` against `source` (multiset overlap). Two empty texts score 1. */
export function wordScore(source: readonly string[], rendered: readonly string[]): WordScore {
  const a = counts(source);
  const b = counts(rendered);
  let common = 0;
  const missing: [string, number][] = [];
  const extra: [string, number][] = [];
  for (const [t, n] of a) {
    const m = b.get(t) ?? 0;
    common += Math.min(n, m);
    if (n > m) missing.push([t, n - m]);
  }
  for (const [t, m] of b) if (m > (a.get(t) ?? 0)) extra.push([t, m - (a.get(t) ?? 0)]);
  const byCount = (x: [string, number], y: [string, number]) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1);
  missing.sort(byCount);
  extra.sort(byCount);
  if (!source.length && !rendered.length) return { f1: 1, precision: 1, recall: 1, missing, extra };
  const precision = rendered.length ? common / rendered.length : 0;
  const recall = source.length ? common / source.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, missing, extra };
}

// Elements whose boundaries separate words when rendered.
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL IMG MATH'.split(' '),
);
// Never shown by a browser (an iframe's children are fallback text for browsers without frames).
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME']);

/** The text a reader sees, with block boundaries as spaces; `skip` leaves out whole elements. */
export function visibleText(root: Element, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (INVISIBLE.has(el.tagName) || skip(el)) {
      parts.push(' ');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) parts.push(' ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push(' ');
  };
  walk(root);
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Math

function classOf(el: Element): string {
  return ` ${el.getAttribute('class') ?? ''} `;
}

function hasClass(el: Element, name: string): boolean {
  return classOf(el).includes(` ${name} `);
}

/**
 * Whether `el` is one formula in a markup Keepmark converts to TeX (KaTeX, MathJax 2 and 3,
 * MathML, Zhihu, MediaWiki, `.math-inline`/`.math-display`), or a rendering that repeats one.
 * Returns 'formula' for the element that counts, 'repeat' for renderings beside it.
 */
export function sourceMathRole(el: Element): 'formula' | 'repeat' | null {
  const tag = el.tagName;
  if (tag === 'SCRIPT') return /^math\/tex/i.test(el.getAttribute('type') ?? '') ? 'formula' : null;
  if (tag === 'MJX-CONTAINER' || tag === 'MATH') return 'formula';
  if (hasClass(el, 'katex-display') || hasClass(el, 'katex')) return 'formula';
  if (hasClass(el, 'math-inline') || hasClass(el, 'math-display')) return 'formula';
  if (hasClass(el, 'ztext-math') || hasClass(el, 'mwe-math-element')) return 'formula';
  if (hasClass(el, 'MathJax_Preview')) return 'repeat';
  if (/ MathJax(?:_Display|_SVG(?:_Display)?|_CHTML)? /.test(classOf(el))) {
    const next = el.nextElementSibling;
    const script = next?.tagName === 'SCRIPT' && /^math\/tex/i.test(next.getAttribute('type') ?? '');
    return script || !el.querySelector('math') ? 'repeat' : 'formula';
  }
  if (tag === 'IMG') {
    if (el.hasAttribute('eeimg')) return 'formula';
    const wiki = hasClass(el, 'mwe-math-fallback-image-inline') || hasClass(el, 'mwe-math-fallback-image-display') || /\/media\/math\/render\//.test(el.getAttribute('src') ?? '');
    if (wiki) return el.parentElement?.querySelector('math') ? 'repeat' : 'formula';
  }
  return null;
}

/** Formulas in the source: each outermost formula element once. */
export function countSourceMath(root: Element): number {
  let n = 0;
  const walk = (el: Element): void => {
    const role = sourceMathRole(el);
    if (role === 'formula') n++;
    if (role) return;
    for (const child of el.children) walk(child);
  };
  walk(root);
  return n;
}

function isRenderedMath(el: Element): boolean {
  return el.tagName === 'MATH' || ((el.tagName === 'SPAN' || el.tagName === 'DIV') && hasClass(el, 'math') && (hasClass(el, 'inline') || hasClass(el, 'block')));
}

/** Formulas in the rendering: `$…$`, `$$…$$` as markdown-it-dollarmath renders them, and MathML kept as HTML. */
export function countRenderedMath(root: Element): number {
  let n = 0;
  const walk = (el: Element): void => {
    if (isRenderedMath(el)) {
      n++;
      return;
    }
    for (const child of el.children) walk(child);
  };
  walk(root);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Code blocks

/** A `<pre>`'s text as displayed: text nodes as they are, `<br>` as a newline, CR LF as LF, one edge newline trimmed each side. */
export function preText(pre: Element): string {
  const text = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    if ((node as Element).tagName === 'BR') return '\n';
    let out = '';
    for (let child = node.firstChild; child; child = child.nextSibling) out += text(child);
    return out;
  };
  // A browser's HTML parser turns CR LF and lone CR into LF before anything sees the text; linkedom does not.
  return text(pre).replace(/\r\n?/g, '\n').replace(/^\n/, '').replace(/\n$/, '');
}

/** The language a `<pre>` declares as `language-X` on its `<code>` or itself, lower-cased; '' when none. */
export function preLanguage(pre: Element): string {
  for (const el of [pre.querySelector('code'), pre]) {
    const lang = el?.getAttribute('class')?.match(/(?:^|\s)language-(\S+)/)?.[1];
    if (lang) return lang.toLowerCase();
  }
  return '';
}

const GUTTER = /(?:^|\s)(?:pre-numbering|line-numbers-rows|hljs-ln-numbers|linenos?|lineno|gutter|rouge-gutter)(?:\s|$)/;

function outermostPres(root: Element): Element[] {
  return [...root.querySelectorAll('pre')].filter((pre) => !pre.parentElement?.closest('pre'));
}

export interface CodeResult {
  /** Source blocks with content. */
  blocks: number;
  /** Found byte-equal in a rendered block. */
  equal: number;
  /** Byte-equal and the language the source declared (or none declared). */
  equalWithLanguage: number;
  /** Source blocks that declared a language. */
  withLanguage: number;
  /** Left out on purpose: blank blocks and line-number gutters. */
  intentional: number;
  /** The first few blocks not found, with the rendered block nearest in length. */
  lost: { source: string; language: string; nearest: string | null; nearestLanguage: string | null }[];
  /** Byte-equal blocks whose language changed. */
  wrongLanguage: { source: string; expected: string; got: string }[];
}

/** Every source `<pre>` must appear byte-equal in a rendered `<pre>`, with its declared language. */
export function compareCode(source: Element, rendered: Element): CodeResult {
  const out: CodeResult = { blocks: 0, equal: 0, equalWithLanguage: 0, withLanguage: 0, intentional: 0, lost: [], wrongLanguage: [] };
  const pool = outermostPres(rendered).map((pre) => ({ text: preText(pre), language: preLanguage(pre), used: false }));
  for (const pre of outermostPres(source)) {
    const text = preText(pre);
    const gutter = GUTTER.test(pre.getAttribute('class') ?? '') || GUTTER.test(pre.closest('td')?.getAttribute('class') ?? '');
    if (!text.trim() || gutter) {
      out.intentional++;
      continue;
    }
    out.blocks++;
    const language = preLanguage(pre);
    if (language) out.withLanguage++;
    const match = pool.find((p) => !p.used && p.text === text && p.language === language) ?? pool.find((p) => !p.used && p.text === text);
    if (match) {
      match.used = true;
      out.equal++;
      if (!language || match.language === language) out.equalWithLanguage++;
      else if (out.wrongLanguage.length < 5) out.wrongLanguage.push({ source: text.slice(0, 200), expected: language, got: match.language });
      continue;
    }
    if (out.lost.length < 5) {
      const nearest = pool.filter((p) => !p.used).sort((a, b) => Math.abs(a.text.length - text.length) - Math.abs(b.text.length - text.length))[0];
      out.lost.push({ source: text.slice(0, 400), language, nearest: nearest?.text.slice(0, 400) ?? null, nearestLanguage: nearest?.language ?? null });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Table cells

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === 'TR') rows.push(child);
    else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.tagName)) for (const row of child.children) if (row.tagName === 'TR') rows.push(row);
  }
  return rows;
}

function ownCells(table: Element): Element[] {
  return ownRows(table).flatMap((row) => [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
}

const BLOCK_IN_CELL = 'table, pre, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, hr, dl, details';

/**
 * A table that only lays content out: one cell, or one row of cells holding blocks (a code block
 * beside its line numbers, a boxed note). Keepmark unwraps these on purpose.
 */
export function isLayoutTable(table: Element): boolean {
  const rows = ownRows(table);
  const cells = ownCells(table);
  return cells.length <= 1 || (rows.length === 1 && cells.some((c) => c.querySelector(BLOCK_IN_CELL)));
}

export interface CellResult {
  /** Cells of data tables in the source. */
  cells: number;
  /** Cells of the rendering (td/th anywhere). */
  rendered: number;
  /** min(cells, rendered): cells are matched by count. */
  kept: number;
  /** Cells of layout tables, unwrapped on purpose. */
  intentional: number;
}

/** td/th counts: data tables of the source against every cell of the rendering. */
export function compareCells(source: Element, rendered: Element): CellResult {
  let cells = 0;
  let intentional = 0;
  for (const table of source.querySelectorAll('table')) {
    const own = ownCells(table).length;
    if (isLayoutTable(table)) intentional += own;
    else cells += own;
  }
  const renderedCells = rendered.querySelectorAll('td, th').length;
  return { cells, rendered: renderedCells, kept: Math.min(cells, renderedCells), intentional };
}

// ---------------------------------------------------------------------------------------------
// Images and links

/** A URL as written or percent-encoded: both sides compare in decoded form. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  try {
    return decodeURI(trimmed);
  } catch {
    return trimmed;
  }
}

/** Every URL of a srcset, in order. */
export function srcsetUrls(srcset: string | null): string[] {
  if (!srcset) return [];
  return srcset
    .split(/,\s+|,(?=https?:|\/)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean)
    .map((u) => u.replace(/,+$/, ''));
}

/** The addresses an image may be shown from: src, srcset and its `<picture>`'s sources. */
export function imageCandidates(img: Element): string[] {
  const urls = [img.getAttribute('src') ?? '', ...srcsetUrls(img.getAttribute('srcset'))];
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture?.children ?? []) if (source.tagName === 'SOURCE') urls.push(...srcsetUrls(source.getAttribute('srcset')));
  return urls.map((u) => u.trim()).filter((u) => u && !u.startsWith('data:'));
}

function isTrackingPixel(img: Element): boolean {
  const tiny = (value: string | null) => value !== null && parseFloat(value) <= 1;
  return tiny(img.getAttribute('width')) && tiny(img.getAttribute('height'));
}

// Elements Keepmark's converter removes with their content (a <form> keeps its content, only its controls go).
const REMOVED = 'script, style, noscript, template, title, button, iframe, input, select, textarea';

export interface SetResult {
  /** Distinct source items that count. */
  total: number;
  kept: number;
  /** Items left out on purpose, by reason. */
  intentional: Record<string, number>;
  /** The first few items not found. */
  lost: string[];
}

function intentionalAdd(result: SetResult, reason: string): void {
  result.intentional[reason] = (result.intentional[reason] ?? 0) + 1;
}

/** Source images (distinct by src) against the rendered images' src. */
export function compareImages(source: Element, rendered: Element): SetResult {
  const out: SetResult = { total: 0, kept: 0, intentional: {}, lost: [] };
  const shown = new Set([...rendered.querySelectorAll('img')].map((img) => normaliseUrl(img.getAttribute('src') ?? '')));
  const seen = new Set<string>();
  for (const img of source.querySelectorAll('img')) {
    if (sourceMathRole(img) || img.closest('.katex, .mwe-math-element')) continue; // counted as math
    const candidates = imageCandidates(img);
    const key = candidates[0] ?? `data:${img.getAttribute('src')?.slice(0, 40) ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (img.parentElement?.closest(REMOVED)) intentionalAdd(out, `inside ${img.parentElement.closest(REMOVED)!.tagName.toLowerCase()}`);
    else if (img.closest('pre')) intentionalAdd(out, 'inside a code block');
    else if (!candidates.length) intentionalAdd(out, (img.getAttribute('src') ?? '').startsWith('data:') ? 'data: URI' : 'no src');
    else if (isTrackingPixel(img)) intentionalAdd(out, '1×1 pixel');
    else {
      out.total++;
      if (candidates.some((u) => shown.has(normaliseUrl(u)))) out.kept++;
      else if (out.lost.length < 8) out.lost.push(candidates[0]);
    }
  }
  return out;
}

/** Source links (distinct by href) against the rendered links' href. */
export function compareLinks(source: Element, rendered: Element): SetResult {
  const out: SetResult = { total: 0, kept: 0, intentional: {}, lost: [] };
  const shown = new Set([...rendered.querySelectorAll('a[href]')].map((a) => normaliseUrl(a.getAttribute('href') ?? '')));
  const seen = new Set<string>();
  for (const a of source.querySelectorAll('a[href]')) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (seen.has(href)) continue;
    seen.add(href);
    if (/^(?:javascript|vbscript|data):/i.test(href)) intentionalAdd(out, 'javascript:/data: href');
    else if (a.parentElement?.closest(REMOVED)) intentionalAdd(out, `inside ${a.parentElement.closest(REMOVED)!.tagName.toLowerCase()}`);
    else if (a.closest('pre, code')) intentionalAdd(out, 'inside code');
    else if (href.startsWith('#') || !href) intentionalAdd(out, 'in-page anchor');
    else {
      out.total++;
      if (shown.has(normaliseUrl(href))) out.kept++;
      else if (out.lost.length < 8) out.lost.push(href);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One page

export interface PageFidelity {
  words: WordScore & { source: number; rendered: number };
  code: CodeResult;
  cells: CellResult;
  images: SetResult;
  links: SetResult;
  math: { source: number; rendered: number };
}

/** Compares the article HTML with the HTML its Markdown renders to. */
export function comparePage(sourceHtml: string, renderedHtml: string): PageFidelity {
  const source = parseFragment(sourceHtml);
  const rendered = parseFragment(renderedHtml);
  const sourceWords = tokens(visibleText(source, (el) => sourceMathRole(el) !== null));
  const renderedWords = tokens(visibleText(rendered, isRenderedMath));
  return {
    words: { ...wordScore(sourceWords, renderedWords), source: sourceWords.length, rendered: renderedWords.length },
    code: compareCode(source, rendered),
    cells: compareCells(source, rendered),
    images: compareImages(source, rendered),
    links: compareLinks(source, rendered),
    math: { source: countSourceMath(source), rendered: countRenderedMath(rendered) },
  };
}
