/**
 * Turns text into search tokens. Latin (and other spaced scripts) split into words, folded to
 * lower case without accents; Chinese, Japanese and Korean have no spaces, so each run of those
 * characters becomes its overlapping character pairs — any substring of two or more characters
 * is then found by looking up all of its pairs.
 */

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
const NOT_CJK = new RegExp(`[^${CJK_CLASS}]+`, 'gu');
const RUN = new RegExp(`([${CJK_CLASS}]+)|((?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+)`, 'gu');
const MARKS = /\p{M}/gu;
/** Words longer than this are cut: they are hashes, URLs or noise, and would bloat the index. */
const MAX_WORD = 24;

/**
 * Case and accent folding: "Café" and "CAFE" both become "cafe". Marks are kept on kana and
 * Hangul, where they change the letter (か is not が).
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(NOT_CJK, (run) => run.normalize('NFD').replace(MARKS, ''))
    .toLowerCase();
}

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

/** The tokens of `text` in order, repeats kept (the caller counts them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(RUN)) {
    const [, cjk, word] = match;
    if (cjk) {
      const chars = Array.from(cjk);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (word) {
      out.push(word.slice(0, MAX_WORD));
    }
  }
  return out;
}

/** Fields of an article as the index weighs them: a hit in the title counts more than one in the text. */
export interface SearchFields {
  title: string;
  siteName: string | null;
  tags: string[];
  text: string;
}

/** The searchable fields of a saved article and its body text. */
export function searchFieldsOf(record: { title: string; siteName: string | null; userTags: string[] }, text: string): SearchFields {
  return { title: record.title, siteName: record.siteName, tags: record.userTags, text };
}

const WEIGHT = { title: 8, site: 4, tags: 6, text: 1 } as const;

/** Weighted term frequencies of an article; computed before any transaction opens. */
export function articleTerms(fields: SearchFields): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const token of tokenize(text)) terms.set(token, (terms.get(token) ?? 0) + weight);
  };
  add(fields.title, WEIGHT.title);
  add(fields.siteName ?? '', WEIGHT.site);
  add(fields.tags.join(' '), WEIGHT.tags);
  add(fields.text, WEIGHT.text);
  return terms;
}

/**
 * What the index stores a token under. A word is kept as itself, so the last word typed can be
 * matched as a prefix over sorted keys. A CJK pair is stored under one of BUCKETS numbers (a hash):
 * generated or real Chinese text has as many distinct pairs as characters, and a list per pair
 * would cost more than the text; buckets keep each list long enough to pack to about one byte per
 * article. A bucket also holds other pairs, so hits for CJK tokens are checked against the text.
 */
export type Term = string | number;
export const BUCKETS = 1 << 15;

export function termOf(token: string): Term {
  if (!isCjk(token[0]!)) return token;
  let hash = 0x811c9dc5; // FNV-1a over UTF-16 units
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKETS;
}

/** An article's index terms with their weighted frequencies (pairs sharing a bucket add up). */
export function indexTerms(fields: SearchFields): Map<Term, number> {
  const out = new Map<Term, number>();
  for (const [token, tf] of articleTerms(fields)) {
    const term = termOf(token);
    out.set(term, (out.get(term) ?? 0) + tf);
  }
  return out;
}
