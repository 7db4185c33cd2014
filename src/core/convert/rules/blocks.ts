import type TurndownService from 'turndown';
import { endsWithBlock, startsWithBlock } from '../block-edges';
import { escapeLineStarts } from '../escape';

/**
 * A block's content without leading whitespace: spaces kept beside void elements at its start
 * (`<meta>`, a `<picture>`'s `<source>`s) would indent the first line, and four of them make it
 * an indented code block.
 */
function blockContent(content: string, node: TurndownService.Node): string {
  return escapeLineStarts(content.replace(/^\s+/, ''), node);
}

/** Paragraphs, with text that would read as a list, heading or quote marker escaped. */
export const paragraph: TurndownService.Rule = {
  filter: 'p',
  replacement: (content, node) => `\n\n${blockContent(content, node)}\n\n`,
};

/** Quotes with `> ` on each line, and a bare `>` on blank lines (no trailing spaces). */
export const blockquote: TurndownService.Rule = {
  filter: 'blockquote',
  replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '').replace(/^/gm, '> ').replace(/^> $/gm, '>')}\n\n`,
};

/**
 * turndown's default for elements without a rule (div, section, …), with the same escaping for
 * blocks. An inline element around blocks (`<span><pre>…</pre></span>`) keeps them on lines of
 * their own: turndown trims the content of an inline element with spaces around it, which would
 * glue a code fence to the text before it.
 */
export function defaultReplacement(content: string, node: TurndownService.Node): string {
  // turndown marks every node it visits with `isBlock`.
  if ((node as TurndownService.Node & { isBlock?: boolean }).isBlock) return `\n\n${blockContent(content, node)}\n\n`;
  return `${startsWithBlock(node) ? '\n\n' : ''}${content}${endsWithBlock(node) ? '\n\n' : ''}`;
}
