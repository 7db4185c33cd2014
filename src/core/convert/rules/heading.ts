import type TurndownService from 'turndown';

/**
 * Headings in the style's form: `## Title` (atx), or for levels 1 and 2 an underlined title
 * (setext). A setext heading needs its text on one line and cannot sit inside link text (a link
 * around blocks links each heading as `## [text](url)`), so those stay atx.
 */
export const heading: TurndownService.Rule = {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement(content, node, options) {
    const level = Number(node.nodeName.charAt(1));
    const text = content.trim();
    if (!text) return '';
    const setext = options.headingStyle === 'setext' && level < 3 && !text.includes('\n') && !(node as Element).closest('a');
    if (setext) return `\n\n${text}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, [...text].length))}\n\n`;
    return `\n\n${'#'.repeat(level)} ${text}\n\n`;
  },
};
