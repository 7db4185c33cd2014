import type TurndownService from 'turndown';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `<details>` has no Markdown form, so it stays HTML with Markdown inside: the blank lines around
 * the body end the HTML block, so CommonMark renderers (GitHub, Goldmark, Obsidian) read the body
 * as Markdown while the disclosure still works. The summary stays plain text, since Markdown
 * inside an HTML line is not parsed.
 */
export const details: TurndownService.Rule = {
  filter: 'details',
  replacement(content, node) {
    const el = node as Element;
    const summary = [...el.children].find((c) => c.tagName === 'SUMMARY');
    const label = escapeHtml((summary?.textContent ?? '').replace(/\s+/g, ' ').trim());
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
