import type TurndownService from 'turndown';

/**
 * Inline `<code>` becomes a code span from its text (highlight spans or links inside add nothing).
 * The delimiter is a backtick run that does not occur inside; a space pads content that starts or
 * ends with a backtick, or that starts and ends with a space (CommonMark strips one of each).
 */
export const inlineCode: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'CODE' && node.parentNode?.nodeName !== 'PRE',
  replacement(_content, node) {
    // Edge whitespace is placed outside the span by turndown, as HTML renders it.
    const text = (node.textContent ?? '').replace(/\r?\n|\r/g, ' ').trim();
    if (!text) return '';
    const runs = new Set(text.match(/`+/g) ?? []);
    let delimiter = '`';
    while (runs.has(delimiter)) delimiter += '`';
    const pad = /^`|`$/.test(text) || (/^ .*[^ ].* $/.test(text)) ? ' ' : '';
    return delimiter + pad + text + pad + delimiter;
  },
};
