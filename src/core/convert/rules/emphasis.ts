import type TurndownService from 'turndown';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

function isWordChar(ch: string | undefined): boolean {
  return !!ch && !SPACE.test(ch) && !PUNCTUATION.test(ch);
}

/**
 * Whether `*`/`**` around `content` would open and close in CommonMark. They fail when the content
 * starts or ends with punctuation and a letter touches the delimiter outside, as in Chinese text
 * (`中文**“引语”**中文`); inventing spaces would change the text, so such runs stay HTML.
 */
function delimitersWork(content: string, node: Node): boolean {
  const before = node.previousSibling?.textContent?.slice(-1);
  const after = node.nextSibling?.textContent?.[0];
  const opens = !(PUNCTUATION.test(content[0]) && isWordChar(before));
  const closes = !(PUNCTUATION.test(content[content.length - 1]) && isWordChar(after));
  return opens && closes;
}

/** Bold that makes up a whole heading (editors like WeChat's do this) adds nothing: headings are bold. */
function isWholeHeading(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  if (!parent || !/^H[1-6]$/.test(parent.nodeName)) return false;
  return [...parent.childNodes].every((child) => child === node || !child.textContent?.trim());
}

function emphasisRule(tags: string[], html: string, delimiter: (options: TurndownService.Options) => string, dropInHeading = false): TurndownService.Rule {
  return {
    filter: tags as TurndownService.Filter,
    replacement(content, node, options) {
      if (!content.trim()) return content;
      if (dropInHeading && isWholeHeading(node)) return content;
      if (!delimitersWork(content, node)) return `<${html}>${content}</${html}>`;
      const d = delimiter(options);
      return d + content + d;
    },
  };
}

/** `<em>`/`<i>` as `*…*`. */
export const emphasis = emphasisRule(['em', 'i'], 'em', (o) => o.emDelimiter ?? '*');
/** `<strong>`/`<b>` as `**…**`. */
export const strong = emphasisRule(['strong', 'b'], 'strong', (o) => o.strongDelimiter ?? '**', true);
