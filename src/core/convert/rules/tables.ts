import type TurndownService from 'turndown';

const BLOCK_IN_CELL = 'table, pre, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, hr, dl';
const KEPT_ATTRIBUTES = new Set(['colspan', 'rowspan', 'align', 'href', 'src', 'alt', 'title']);

function ownerTable(node: Node): Element | null {
  return (node as Element).closest?.('table') ?? null;
}

function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((tr) => ownerTable(tr) === table);
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** A table GFM can express: no merged cells, no block content in cells, a header row. */
function fitsGfm(table: Element): boolean {
  const rows = rowsOf(table);
  if (!rows.length) return false;
  const cells = rows.flatMap(cellsOf);
  if (cells.some((c) => Number(c.getAttribute('colspan') ?? 1) > 1 || Number(c.getAttribute('rowspan') ?? 1) > 1)) return false;
  if (cells.some((c) => c.querySelector(BLOCK_IN_CELL) || c.querySelectorAll('p').length > 1)) return false;
  return hasHeader(table, rows[0]);
}

function hasHeader(table: Element, first: Element): boolean {
  return first.parentElement?.tagName === 'THEAD' || (cellsOf(first).length > 0 && cellsOf(first).every((c) => c.tagName === 'TH')) || !!table.querySelector(':scope > thead > tr');
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

/** One GFM cell: on one line, pipes escaped. */
export const tableCell: TurndownService.Rule = {
  filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && !!ownerTable(node) && fitsGfm(ownerTable(node)!),
  replacement: (content) => ` ${content.trim().replace(/\n+/g, '<br>').replace(/\|/g, '\\|')} |`,
};

/** One GFM row per line. */
export const tableRow: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'TR' && !!ownerTable(node) && fitsGfm(ownerTable(node)!),
  replacement: (content) => `\n|${content}`,
};

/** Tables become GFM tables with a header separator and column alignment; others stay clean HTML. */
export const table: TurndownService.Rule = {
  filter: 'table',
  replacement(content, node) {
    const el = node as Element;
    if (!fitsGfm(el)) return `\n\n${cleanHtml(el)}\n\n`;
    const lines = content.split('\n').filter((line) => line.startsWith('|'));
    const header = cellsOf(rowsOf(el)[0]);
    const width = Math.max(...rowsOf(el).map((r) => cellsOf(r).length));
    const pad = (line: string, count: number) => line + ' |'.repeat(width - count);
    const counts = rowsOf(el).map((r) => cellsOf(r).length);
    const separator = '|' + Array.from({ length: width }, (_, i) => ` ${alignmentOf(header[i])} |`).join('');
    const body = lines.map((line, i) => pad(line, counts[i] ?? width));
    return `\n\n${[body[0], separator, ...body.slice(1)].join('\n')}\n\n`;
  },
};

/** Sections only group rows. */
export const tableSection: TurndownService.Rule = {
  filter: ['thead', 'tbody', 'tfoot'],
  replacement: (content) => content,
};
