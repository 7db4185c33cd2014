import type TurndownService from 'turndown';

function isCheckbox(node: Node): boolean {
  const el = node as Element;
  return (node.nodeName === 'INPUT' && el.getAttribute('type') === 'checkbox') || el.getAttribute?.('role') === 'checkbox';
}

/**
 * Checkboxes at the start of list items become `[ ]`/`[x]` (the GFM plugin's rule reads the
 * `checked` property, which linkedom does not reflect, and doubles the space before the text).
 */
export const taskListItem: TurndownService.Rule = {
  filter: (node) => isCheckbox(node) && !!node.parentNode?.nodeName && ['LI', 'LABEL', 'SPAN', 'P'].includes(node.parentNode.nodeName) && !!(node as Element).closest('li'),
  replacement(_content, node) {
    const el = node as Element;
    const checked = el.hasAttribute('checked') || el.getAttribute('aria-checked') === 'true';
    const spaced = /^\s/.test(node.nextSibling?.textContent ?? '');
    return `[${checked ? 'x' : ' '}]${spaced ? '' : ' '}`;
  },
};
