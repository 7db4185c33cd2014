/** How Markdown is written. The defaults are what Keepmark has always written (and what the library stores). */
export interface MarkdownStyle {
  /** `# Title` (atx) or an underlined title (setext, levels 1 and 2 only; atx for the others). */
  headingStyle: 'atx' | 'setext';
  bulletListMarker: '-' | '*' | '+';
  emDelimiter: '*' | '_';
  strongDelimiter: '**' | '__';
  /** The fence character of code blocks, written at least three long and longer than any run inside. */
  fence: '```' | '~~~';
}

export const DEFAULT_MARKDOWN_STYLE: MarkdownStyle = {
  headingStyle: 'atx',
  bulletListMarker: '-',
  emDelimiter: '*',
  strongDelimiter: '**',
  fence: '```',
};

/** Every choice of each style setting, default first: the options page lists these, settings accept only these. */
export const MARKDOWN_STYLE_CHOICES: { readonly [K in keyof MarkdownStyle]: readonly MarkdownStyle[K][] } = {
  headingStyle: ['atx', 'setext'],
  bulletListMarker: ['-', '*', '+'],
  emDelimiter: ['*', '_'],
  strongDelimiter: ['**', '__'],
  fence: ['```', '~~~'],
};

export function sameStyle(a: MarkdownStyle, b: MarkdownStyle): boolean {
  return (Object.keys(MARKDOWN_STYLE_CHOICES) as (keyof MarkdownStyle)[]).every((key) => a[key] === b[key]);
}
