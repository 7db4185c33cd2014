const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TR', 'UL',
]);
/** Elements whose content is never shown as text. */
export const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The visible text under `root`, one line per block element, runs of spaces folded outside `<pre>`. */
export function plainText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      line += pre ? node.nodeValue : (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (UNSHOWN.has(tag)) return;
    if (tag === 'TD' || tag === 'TH') line += ' ';
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

/**
 * `text` with runs of spaces and line breaks folded to one space: for comparing texts read from
 * different blocks. (The search index's `fold` folds case and accents; this one only spaces.)
 */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
