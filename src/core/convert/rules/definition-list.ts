import type TurndownService from 'turndown';

// Definition lists in the syntax of kramdown (Jekyll), Pandoc and Hugo's Goldmark: the term on
// its own line, each definition after `: `. MediaWiki writes indented text (`:` in wikitext) as
// a `<dl>` of `<dd>` without terms; that is only indentation and converts as plain blocks.

function hasTerms(list: Node | null): boolean {
  for (const child of (list as Element | null)?.children ?? []) if (child.tagName === 'DT') return true;
  return false;
}

/** The list as one block. */
export const definitionList: TurndownService.Rule = {
  filter: 'dl',
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};

/** A term; a blank line sets it apart from the definitions of the term before. */
export const definitionTerm: TurndownService.Rule = {
  filter: 'dt',
  replacement(content, node) {
    const text = content.trim().replace(/\s*\n+\s*/g, ' ');
    const previous = (node as Element).previousElementSibling;
    return `${previous?.tagName === 'DD' ? '\n\n' : ''}${text}\n`;
  },
};

/** A definition: `: text`, later lines indented by four spaces. */
export const definitionDescription: TurndownService.Rule = {
  filter: 'dd',
  replacement: (content, node) => (hasTerms(node.parentNode) ? `: ${content.trim().replace(/\n(?=.)/g, '\n    ')}\n` : `\n\n${content}\n\n`),
};
