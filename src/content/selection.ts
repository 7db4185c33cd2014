// Elements whose meaning a selected run of text loses when cut out of them: a selection inside a
// code block is still code.
const KEEP_AROUND = 'pre, code, blockquote';

/**
 * The HTML of what is selected in `doc`, or '' when nothing is. The copy is built in an inert
 * document, so nothing in it loads or runs.
 */
export function selectedHtml(doc: Document): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed) return '';
  const inert = doc.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    let part: Node = inert.importNode(range.cloneContents(), true);
    const start = range.commonAncestorContainer;
    for (let el = start.nodeType === 1 ? (start as Element) : start.parentElement; el; el = el.parentElement) {
      const around = el.closest(KEEP_AROUND);
      if (!around) break;
      const wrapper = inert.importNode(around, false);
      wrapper.append(part);
      part = wrapper;
      el = around;
    }
    holder.append(part);
  }
  return holder.innerHTML;
}
