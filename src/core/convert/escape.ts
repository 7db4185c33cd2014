import { startsWithBlock } from './block-edges';

// Markdown escaping that only touches characters which would change meaning where they stand,
// replacing turndown's escaper (it escapes every `_`, `*`, `[` and a leading `1.` in any text node).

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isWordChar(ch: string | undefined): boolean {
  return !!ch && LETTER_OR_DIGIT.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return !!ch && SPACE.test(ch);
}

/** The last `$` that could close inline math (a non-space before it, no digit after it; `$$` runs are escaped anyway), or -1. */
function lastMathCloser(text: string): number {
  for (let i = text.lastIndexOf('$'); i > 0; i = text.lastIndexOf('$', i - 1)) {
    const prev = text[i - 1];
    const next = text[i + 1];
    if (!isSpace(prev) && prev !== '$' && next !== '$' && !/[0-9]/.test(next ?? '')) return i;
  }
  return -1;
}

/**
 * Escapes one text node's characters that would start inline syntax. Node edges count as
 * "could be anything", so a character at an edge is escaped when in doubt.
 */
export function escapeInline(text: string): string {
  const lastDollarCloser = lastMathCloser(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    let escape = false;
    switch (ch) {
      case '\\':
        escape = next === undefined || /[!-/:-@[-`{-~]/.test(next);
        break;
      case '`':
        escape = true;
        break;
      case '*':
        // `2 * 3` cannot open or close emphasis.
        escape = !(isSpace(prev) && isSpace(next));
        break;
      case '_':
        // Underscores inside words (snake_case, 中_文) never make emphasis in CommonMark.
        escape = !(isWordChar(prev) && isWordChar(next));
        break;
      case '~':
      case '=':
        // Strikethrough `~~` and highlight `==` need a run; `a == b` with spaces around cannot open one.
        escape = (prev === ch || next === ch) && !(isSpace(text[i - 1 - (prev === ch ? 1 : 0)]) && isSpace(text[i + 1 + (next === ch ? 1 : 0)]));
        break;
      case '[':
        escape = next === '^';
        break;
      case ']':
        escape = next === '(' || next === '[' || next === ':';
        break;
      case '<':
        escape = next !== undefined && /[A-Za-z/!?]/.test(next);
        break;
      case '&':
        escape = /^&#?\w+;/.test(text.slice(i, i + 34));
        break;
      case '$':
        // `$$`, and a `$` that could open inline math closed by a later one ("US$) … US$)"):
        // Pandoc's rule, which Obsidian, Typora and GitHub follow, wants a non-space after the opener.
        escape = prev === '$' || next === '$' || (next !== undefined && !isSpace(next) && i < lastDollarCloser);
        break;
    }
    out += escape ? `\\${ch}` : ch;
  }
  return out;
}

// Text at the start of a line that Markdown would read as a block marker.
const LINE_START = [
  /^(\s*)([-+*])(?=\s|$)/,
  /^(\s*\d{1,9})([.)])(?=\s|$)/,
  /^(\s*)(#{1,6})(?=\s|$)/,
  /^(\s*)(>)/,
  /^(\s*)(=+|-+)(?=\s*$)/,
];

function escapeLine(line: string): string {
  for (const pattern of LINE_START) {
    const match = line.match(pattern);
    if (match) return `${match[1]}\\${match[2]}${line.slice(match[0].length)}`;
  }
  return line;
}

/**
 * Escapes block markers that text put at a line start: the block's first line when the block
 * starts with text, and any line after a hard break (`<br>` renders as two spaces and a newline).
 * Idempotent: an escaped marker no longer matches.
 */
export function escapeLineStarts(content: string, node: Node): string {
  const lines = content.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // Code blocks (in this block or an inner one) are verbatim.
    const marker = lines[i].match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !lines[i].trim().slice(marker.length).trim()) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    // A hard break is text followed by two spaces; a line of spaces alone is not one.
    if (i === 0 ? !startsWithBlock(node) : /\S {2,}$/.test(lines[i - 1])) lines[i] = escapeLine(lines[i]);
  }
  return lines.join('\n');
}
