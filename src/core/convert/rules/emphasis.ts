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
function delimitersWork(content: string, before: Node | null, after: Node | null): boolean {
  const prev = before?.textContent?.slice(-1);
  const next = after?.textContent?.[0];
  const opens = !(PUNCTUATION.test(content[0]) && isWordChar(prev));
  const closes = !(PUNCTUATION.test(content[content.length - 1]) && isWordChar(next));
  return opens && closes;
}

/**
 * The run of adjacent elements of the same kind that `node` belongs to. Editors split one bold
 * phrase into several elements (`<b>Game D</b><b>ay</b>`); delimiters around each would meet as
 * `**Game D****ay**`, which CommonMark does not read as bold, so a run gets one pair.
 */
function runOf(node: Node, tags: readonly string[]): Node[] {
  const same = (other: Node | null) => other?.nodeType === 1 && tags.includes(other.nodeName) && !!other.textContent?.trim();
  const run = [node];
  for (let s = node.previousSibling; same(s); s = s!.previousSibling) run.unshift(s!);
  for (let s = node.nextSibling; same(s); s = s!.nextSibling) run.push(s!);
  return run;
}

/** Bold that makes up a whole heading (editors like WeChat's do this) adds nothing: headings are bold. */
function isWholeHeading(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  if (!parent || !/^H[1-6]$/.test(parent.nodeName)) return false;
  return [...parent.childNodes].every((child) => child === node || !child.textContent?.trim());
}

/**
 * The style's delimiter, unless it is `_`/`__` and a letter or digit touches it outside: underscores
 * inside a word (`foo_bar_baz`) make no emphasis in CommonMark, so there the asterisk form is written.
 */
function delimiterAt(chosen: string, before: Node | null, after: Node | null): string {
  if (!chosen.startsWith('_')) return chosen;
  const touches = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  return touches(before?.textContent?.slice(-1)) || touches(after?.textContent?.[0]) ? chosen.replace(/_/g, '*') : chosen;
}

function emphasisRule(tags: string[], html: string, delimiter: (options: TurndownService.Options) => string, dropInHeading = false): TurndownService.Rule {
  const names = tags.map((t) => t.toUpperCase());
  return {
    filter: tags as TurndownService.Filter,
    replacement(whole, node, options) {
      if (!whole.trim()) return whole;
      // A line break at an edge (`<em><br>(text</em>`) goes outside: delimiters must touch the text,
      // and a line of its own starting with `<em>` would open an HTML block that hides the Markdown after it.
      const [, lead, content, trail] = whole.match(/^(\s*)([\s\S]*?)(\s*)$/)!;
      const run = runOf(node, names);
      if (run.length === 1) {
        if (dropInHeading && isWholeHeading(node)) return whole;
        if (!delimitersWork(content, node.previousSibling, node.nextSibling)) return `${lead}<${html}>${content}</${html}>${trail}`;
        const d = delimiterAt(delimiter(options), node.previousSibling, node.nextSibling);
        return lead + d + content + d + trail;
      }
      const first = run[0];
      const last = run[run.length - 1];
      const text = run.map((n) => n.textContent ?? '').join('').trim();
      const works = delimitersWork(text, first.previousSibling, last.nextSibling);
      const d = delimiterAt(delimiter(options), first.previousSibling, last.nextSibling);
      return node === first ? lead + (works ? d : `<${html}>`) + content + (node === last ? (works ? d : `</${html}>`) : '') + trail
        : lead + content + (node === last ? (works ? d : `</${html}>`) : '') + trail;
    },
  };
}

/** `<em>`/`<i>` as `*…*`. */
export const emphasis = emphasisRule(['em', 'i'], 'em', (o) => o.emDelimiter ?? '*');
/** `<strong>`/`<b>` as `**…**`. */
export const strong = emphasisRule(['strong', 'b'], 'strong', (o) => o.strongDelimiter ?? '**', true);
