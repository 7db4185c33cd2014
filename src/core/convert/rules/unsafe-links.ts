import type TurndownService from 'turndown';

/** Addresses that would run code (`javascript:`, `data:text/html`) where a link or image points. */
export const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Links that would run code (`javascript:`) or go nowhere keep their text and lose the link. */
export const unsafeLinks: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'A' && UNSAFE_URL.test((node as Element).getAttribute('href') ?? ''),
  replacement: (content) => content,
};
