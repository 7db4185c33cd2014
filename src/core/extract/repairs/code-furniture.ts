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

/** Removes line-number gutters and copy buttons so their text never lands in the code. */
export function removeCodeFurniture(root: ParentNode): void {
  // No code block, no code furniture: one cheap look spares matching a dozen selectors on every element.
  if (!root.querySelector('pre, code')) return;
  for (const el of root.querySelectorAll(FURNITURE)) el.remove();
  // Table-based gutters (Pygments/Rouge `linenos`, hljs-ln): keep the code cell only.
  for (const gutter of root.querySelectorAll('td.gutter, td.linenos, td.hljs-ln-numbers')) gutter.remove();
}
