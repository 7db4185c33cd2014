import type TurndownService from 'turndown';

type Layout = 'gfm' | 'html' | 'unwrap';

// Content a GFM cell (one line of inline Markdown) cannot hold.
const BLOCK_IN_CELL = 'table, pre, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, hr, dl, details';
const KEPT_ATTRIBUTES = new Set(['colspan', 'rowspan', 'align', 'href', 'src', 'alt', 'title']);

// A table's layout is asked for by every cell and row; deciding once per table keeps this linear.
const layouts = new WeakMap<Element, Layout>();

/** The table's own rows, in order, without those of nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const row of child.children) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function span(cell: Element, name: string): number {
  return parseInt(cell.getAttribute(name) ?? '1', 10) || 1;
}

/**
 * How a table converts: a GFM table when every cell is one line of inline content without merged
 * cells; clean HTML when cells merge or hold blocks; unwrapped when it only lays out one row or one
 * cell (a code block beside its line numbers, a boxed note).
 */
function layoutOf(table: Element): Layout {
  let layout = layouts.get(table);
  if (layout) return layout;
  const rows = rowsOf(table);
  const cells = rows.flatMap(cellsOf);
  const hasBlocks = cells.some((c) => c.querySelector(BLOCK_IN_CELL));
  if (cells.length <= 1 || (rows.length === 1 && hasBlocks)) layout = 'unwrap';
  else if (hasBlocks || cells.some((c) => span(c, 'colspan') > 1 || span(c, 'rowspan') > 1)) layout = 'html';
  else layout = 'gfm';
  layouts.set(table, layout);
  return layout;
}

function ownerTable(node: Node): Element | null {
  for (let el = node.parentNode; el; el = el.parentNode) if (el.nodeName === 'TABLE') return el as Element;
  return null;
}

function inGfmTable(node: Node): boolean {
  const table = ownerTable(node);
  return !!table && layoutOf(table) === 'gfm';
}

function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  return row.parentElement?.tagName === 'THEAD' || (cells.length > 0 && cells.every((c) => c.tagName === 'TH'));
}

function alignmentOf(cell: Element | undefined): string {
  const align = (cell?.getAttribute('align') ?? cell?.getAttribute('style')?.match(/text-align:\s*(\w+)/)?.[1] ?? '').toLowerCase();
  return align === 'center' ? ':---:' : align === 'right' ? '---:' : align === 'left' ? ':---' : '---';
}

/** A copy of the table with only the attributes that carry meaning. */
function cleanHtml(table: Element): string {
  const copy = table.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (!KEPT_ATTRIBUTES.has(attr.name)) el.removeAttribute(attr.name);
  }
  return copy.outerHTML;
}

/** One GFM cell on one line: paragraphs and `<br>` become `<br>`, pipes are escaped (also inside code spans, as GFM requires). */
export const tableCell: TurndownService.Rule = {
  filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && inGfmTable(node),
  replacement(content) {
    const text = content.trim().replace(/\s*\n\n\s*/g, '<br><br>').replace(/ *\n */g, '<br>').replace(/\|/g, '\\|');
    return text ? ` ${text} |` : ' |';
  },
};

/** One GFM row per line. */
export const tableRow: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'TR' && inGfmTable(node),
  replacement: (content) => `\n|${content}`,
};

/** Sections and captions only group rows; the table rule places the caption. */
export const tableSection: TurndownService.Rule = {
  filter: (node) => ['THEAD', 'TBODY', 'TFOOT'].includes(node.nodeName) || (node.nodeName === 'CAPTION' && inGfmTable(node)),
  replacement: (content, node) => (node.nodeName === 'CAPTION' ? '' : content),
};

/**
 * GFM tables with column alignment. A table without a header row gets an empty one: GFM needs
 * it, and promoting the first data row would invent a header the page does not have.
 */
export const table: TurndownService.Rule = {
  filter: 'table',
  replacement(content, node) {
    const el = node as Element;
    const layout = layoutOf(el);
    if (layout === 'unwrap') return `\n\n${content}\n\n`;
    if (layout === 'html') return `\n\n${cleanHtml(el)}\n\n`;
    const rows = rowsOf(el);
    const counts = rows.map((r) => cellsOf(r).length);
    const width = Math.max(...counts);
    const lines = content.split('\n').filter((line) => line.startsWith('|'));
    const body = lines.map((line, i) => line + ' |'.repeat(width - (counts[i] ?? width)));
    const headed = isHeaderRow(rows[0]);
    const header = headed ? body.shift()! : `|${' |'.repeat(width)}`;
    const aligned = cellsOf(rows[0]);
    const separator = '|' + Array.from({ length: width }, (_, i) => ` ${alignmentOf(aligned[i])} |`).join('');
    const caption = [...el.children].find((c) => c.tagName === 'CAPTION')?.textContent?.trim();
    return `\n\n${caption ? `${caption}\n\n` : ''}${[header, separator, ...body].join('\n')}\n\n`;
  },
};
