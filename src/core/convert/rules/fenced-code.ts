import type TurndownService from 'turndown';

/** The language a code block declares as `language-*` on its `<code>` or `<pre>`. */
function languageOf(pre: Element): string {
  const code = pre.querySelector('code');
  const cls = `${code?.getAttribute('class') ?? ''} ${pre.getAttribute('class') ?? ''}`;
  return cls.match(/(?:^|\s)language-([\w#+.-]+)/)?.[1] ?? '';
}

/** The code exactly as displayed: text nodes as they are, `<br>` as a line break. */
function codeText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  if ((node as Element).tagName === 'BR') return '\n';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += codeText(child);
  return out;
}

/** A fence longer than any backtick run inside the code, so the code can never close it. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `<pre>` blocks become fenced code with their language; the content is kept byte for byte. */
export const fencedCode: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'PRE',
  replacement(_content, node) {
    const pre = node as Element;
    const code = codeText(pre).replace(/^\n/, '').replace(/\n$/, '');
    if (!code.trim()) return '';
    const fence = fenceFor(code);
    return `\n\n${fence}${languageOf(pre)}\n${code}\n${fence}\n\n`;
  },
};
