import type TurndownService from 'turndown';
import { escapeLineStarts } from '../escape';

/** Paragraphs, with text that would read as a list, heading or quote marker escaped. */
export const paragraph: TurndownService.Rule = {
  filter: 'p',
  replacement: (content, node) => `\n\n${escapeLineStarts(content, node)}\n\n`,
};

/** Quotes with `> ` on each line, and a bare `>` on blank lines (no trailing spaces). */
export const blockquote: TurndownService.Rule = {
  filter: 'blockquote',
  replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '').replace(/^/gm, '> ').replace(/^> $/gm, '>')}\n\n`,
};

/** turndown's default for elements without a rule (div, section, …), with the same escaping for blocks. */
export function defaultReplacement(content: string, node: TurndownService.Node): string {
  // turndown marks every node it visits with `isBlock`.
  return (node as TurndownService.Node & { isBlock?: boolean }).isBlock ? `\n\n${escapeLineStarts(content, node)}\n\n` : content;
}
