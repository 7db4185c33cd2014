import type TurndownService from 'turndown';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Elements a summary leaves out whole; all others but links are unwrapped to their text.
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME']);

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** The summary as one line of text, with its links kept as `<a href>` (rustdoc puts each item's "Source" link there). */
function summaryHtml(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += escapeHtml(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (DROPPED.has(el.tagName)) continue;
    const inner = summaryHtml(el);
    const href = el.tagName === 'A' ? el.getAttribute('href') : null;
    if (href && !/^\s*(?:javascript|vbscript|data):/i.test(href)) out += `<a href="${escapeAttribute(href)}">${inner}</a>`;
    else {
      // Blocks inside the summary (a heading, a section) are separated by a space on its one line.
      const pad = /^(?:H[1-6]|P|DIV|SECTION|HEADER|FOOTER|ARTICLE|ASIDE|UL|OL|LI|DL|DT|DD|TABLE|TR|TD|TH|BLOCKQUOTE|FIGURE|FIGCAPTION|PRE|HR|BR)$/.test(el.tagName) ? ' ' : '';
      out += pad + inner + pad;
    }
  }
  return out.replace(/\s+/g, ' ');
}

/**
 * `<details>` has no Markdown form, so it stays HTML with Markdown inside: the blank lines around
 * the body end the HTML block, so CommonMark renderers (GitHub, Goldmark, Obsidian) read the body
 * as Markdown while the disclosure still works. The summary stays plain text (its links as
 * `<a href>`) on the `<summary>` line, since Markdown inside an HTML line is not parsed.
 */
export const details: TurndownService.Rule = {
  filter: 'details',
  replacement(content, node) {
    const el = node as Element;
    const summary = [...el.children].find((c) => c.tagName === 'SUMMARY');
    const label = summary ? summaryHtml(summary).trim() : '';
    const open = el.hasAttribute('open') ? ' open' : '';
    const body = content.trim();
    return `\n\n<details${open}>\n<summary>${label}</summary>\n\n${body ? `${body}\n\n` : ''}</details>\n\n`;
  },
};

/** The details rule writes the summary itself. */
export const summary: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'SUMMARY' && node.parentNode?.nodeName === 'DETAILS',
  replacement: () => '',
};
