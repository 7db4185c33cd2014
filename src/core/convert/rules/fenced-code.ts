import type TurndownService from 'turndown';
import { languageOf as declaredLanguage } from '../../extract/repairs/code-language';

// Line-number gutters and copy buttons some highlighters put inside `<pre>` (extraction removes
// them from whole pages; conversion also meets raw adapter output and the CLI's HTML).
const FURNITURE = /(?:^|\s)(?:pre-numbering|line-numbers-rows|hljs-ln-numbers|linenos?|lineno|gutter|rouge-gutter|code-block-extension-(?:header|copyCodeBtn)|copy[\w-]*|\w+-copy|hljs-button)(?:\s|$)/;

function isFurniture(el: Element): boolean {
  return el.tagName === 'BUTTON' || FURNITURE.test(el.getAttribute('class') ?? '');
}

/**
 * The language declared on the code, the pre or a highlighter's wrapper (GitHub's
 * `highlight-source-go`, Rouge's `language-ruby`, Sphinx's `highlight-python`, MediaWiki's
 * `mw-highlight-lang-cpp`). A wrapper's `lang` attribute names a human language, so wrappers
 * count only by class.
 */
function languageOf(pre: Element): string {
  for (const el of [pre.querySelector('code'), pre]) {
    const lang = el && declaredLanguage(el);
    if (lang) return lang;
  }
  for (const el of [pre.parentElement, pre.parentElement?.parentElement]) {
    const cls = el?.getAttribute('class');
    if (!cls) continue;
    const lang = cls.match(/(?:^|\s)(?:mw-)?highlight-(?:lang-)?(?!source-|text-)([\w#+-]+)/)?.[1] ?? (el!.hasAttribute('lang') ? null : declaredLanguage(el!));
    if (lang) return lang.toLowerCase();
  }
  return '';
}

/** The code exactly as displayed: text nodes as they are, `<br>` and table rows as line breaks. */
function codeText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'BR') return '\n';
  if (isFurniture(el)) return '';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += codeText(child);
  // hljs-ln puts each line in a table row.
  return el.tagName === 'TR' && !out.endsWith('\n') ? `${out}\n` : out;
}

/** WeChat's code snippets hold one `<code>` per line inside the `<pre>`. */
function preText(pre: Element): string {
  const codes = [...pre.children].filter((c) => c.tagName === 'CODE');
  return codes.length > 1 ? codes.map((code) => codeText(code).replace(/\n$/, '')).join('\n') : codeText(pre);
}

/** A fence of `char` longer than any run of it inside the code, so the code can never close it. */
function fenceFor(code: string, char: '`' | '~'): string {
  const longest = Math.max(0, ...(code.match(char === '`' ? /`+/g : /~+/g) ?? []).map((run) => run.length));
  return char.repeat(Math.max(3, longest + 1));
}

/** A `<pre>` that only holds line numbers beside the code (Pygments and Rouge `linenos` tables). */
function isGutter(pre: Element): boolean {
  const cell = pre.closest('td');
  return isFurniture(pre) || (!!cell && isFurniture(cell));
}

/** `<pre>` blocks become fenced code (``` or ~~~, the style's choice) with their language; the content is kept byte for byte. */
export const fencedCode: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'PRE',
  replacement(_content, node, options) {
    const pre = node as Element;
    if (isGutter(pre)) return '';
    // CR LF as LF, as a browser's HTML parser reads it (linkedom keeps the CR).
    const code = preText(pre).replace(/\r\n?/g, '\n').replace(/^\n/, '').replace(/\n$/, '');
    if (!code.trim()) return '';
    const fence = fenceFor(code, options.fence?.startsWith('~') ? '~' : '`');
    return `\n\n${fence}${languageOf(pre)}\n${code}\n${fence}\n\n`;
  },
};
