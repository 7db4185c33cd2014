import type TurndownService from 'turndown';

/** `<sup>` and `<sub>` have no Markdown syntax: they stay as HTML around their converted content. */
export const supSub: TurndownService.Rule = {
  filter: ['sup', 'sub'],
  replacement(content, node) {
    const tag = node.nodeName.toLowerCase();
    return content.trim() ? `<${tag}>${content}</${tag}>` : '';
  },
};

/** `<mark>` as `==…==` (Obsidian, Typora, markdown-it-mark), or kept as HTML when that option is off. */
export function mark(highlight: boolean): TurndownService.Rule {
  return {
    filter: 'mark',
    replacement: (content) => (!content.trim() ? '' : highlight ? `==${content}==` : `<mark>${content}</mark>`),
  };
}
