import type TurndownService from 'turndown';

/** Links that would run code (`javascript:`) or go nowhere keep their text and lose the link. */
export const unsafeLinks: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'A' && /^\s*(javascript|vbscript|data):/i.test((node as Element).getAttribute('href') ?? ''),
  replacement: (content) => content,
};
