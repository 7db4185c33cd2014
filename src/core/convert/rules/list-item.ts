import type TurndownService from 'turndown';
import { escapeLineStarts } from '../escape';

/** The item's number in an `<ol>`, counting from its `start`. */
function numberOf(item: Element, list: Element): number {
  const start = parseInt(list.getAttribute('start') ?? '1', 10);
  let index = 0;
  for (let s = item.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === 'LI') index++;
  return (Number.isNaN(start) ? 1 : start) + index;
}

/** List items with one space after the marker, continuation lines indented to the text, `<ol start>` honoured. */
export const listItem: TurndownService.Rule = {
  filter: 'li',
  replacement(content, node, options) {
    const parent = node.parentNode as Element | null;
    const marker = parent?.nodeName === 'OL' ? `${numberOf(node as Element, parent)}. ` : `${options.bulletListMarker} `;
    const indent = ' '.repeat(marker.length);
    const body = escapeLineStarts(content.replace(/^\s+/, ''), node)
      .replace(/\n+$/, '\n')
      .replace(/\n(?!$)/gm, `\n${indent}`);
    const last = !node.nextSibling || (node.nextSibling.nodeType === 3 && !node.nextSibling.nextSibling);
    return marker + body + (last || /\n$/.test(body) ? '' : '\n');
  },
};
