// Gutters, copy buttons and toolbars that highlighters put inside or beside code blocks.
const FURNITURE = [
  'ul.pre-numbering',
  '.line-numbers-rows',
  '.hljs-ln-numbers',
  '.code-block-extension-header',
  '.code-block-extension-copyCodeBtn',
  '.copy-code-btn',
  '.copy-button',
  '.btn-copy',
  '.clipboard-copy',
  'clipboard-copy',
  'pre button',
  'pre .copy',
].join(', ');

/**
 * Removes line-number gutters and copy buttons so their text never lands in the code. Without a
 * `<pre>` or `<code>` under `root` (`hasCode`) there is none: a dozen selectors go unmatched.
 */
export function removeCodeFurniture(root: ParentNode, hasCode: boolean): void {
  if (!hasCode) return;
  for (const el of root.querySelectorAll(FURNITURE)) el.remove();
  // Table-based gutters (Pygments/Rouge `linenos`, hljs-ln): keep the code cell only.
  for (const gutter of root.querySelectorAll('td.gutter, td.linenos, td.hljs-ln-numbers')) gutter.remove();
}
