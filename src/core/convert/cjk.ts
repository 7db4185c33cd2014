// Han, Hiragana, Katakana, Hangul and CJK punctuation.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const BROKEN_LINE = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

/**
 * Joins source lines broken between two CJK characters. Whitespace collapsing would turn the line
 * break into a space that Chinese and Japanese text does not have.
 */
export function joinCjkLines(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!text.includes('\n') || !BROKEN_LINE.test(text)) continue;
    BROKEN_LINE.lastIndex = 0;
    if (node.parentElement?.closest('pre, code, textarea')) continue;
    node.nodeValue = text.replace(BROKEN_LINE, '$1');
  }
}
