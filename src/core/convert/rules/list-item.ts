import type TurndownService from 'turndown';

/** List items with one space after the marker, continuation lines indented to the text, `<ol start>` honoured. */
export const listItem: TurndownService.Rule = {
  filter: 'li',
  replacement(content, node, options) {
    const parent = node.parentNode as Element | null;
    let marker = `${options.bulletListMarker} `;
    if (parent?.nodeName === 'OL') {
      const start = parseInt(parent.getAttribute('start') ?? '1', 10);
      const index = [...parent.children].filter((c) => c.tagName === 'LI').indexOf(node as Element);
      marker = `${(Number.isNaN(start) ? 1 : start) + index}. `;
    }
    const indent = ' '.repeat(marker.length);
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?!$)/gm, `\n${indent}`);
    const last = !node.nextSibling || (node.nextSibling.nodeType === 3 && !node.nextSibling.nextSibling);
    return marker + body + (last || /\n$/.test(body) ? '' : '\n');
  },
};
