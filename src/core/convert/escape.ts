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

/**
 * Escapes one text node's characters that would start inline syntax. Node edges count as
 * "could be anything", so a character at an edge is escaped when in doubt.
 */
export function escapeInline(text: string): string {
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
        escape = prev === '$' || next === '$';
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

function startsInline(node: Node): boolean {
  const first = node.firstChild;
  return !!first && (first.nodeType === 3 || !(first as Node & { isBlock?: boolean }).isBlock);
}

/**
 * Escapes block markers that text put at a line start: the block's first line when the block
 * starts with text, and any line after a hard break (`<br>` renders as two spaces and a newline).
 * Idempotent: an escaped marker no longer matches.
 */
export function escapeLineStarts(content: string, node: Node): string {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i === 0 ? startsInline(node) : lines[i - 1].endsWith('  ')) lines[i] = escapeLine(lines[i]);
  }
  return lines.join('\n');
}
