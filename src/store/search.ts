import type { ArticleRecord } from '../core/types';
import type { IDBPTransaction } from 'idb';
import type { LibraryDB, LibrarySchema } from './db';
import { BLOCK, decode, weightOf } from './postings';
import { fold, isCjk, termOf, tokenize, type Term } from './search-tokens';
import { readText } from './bodies';

export interface SearchHit {
  articleId: string;
  score: number;
}

/** A hit with its record and text, read once for both the CJK check and the snippet. */
export interface FoundHit extends SearchHit {
  record: ArticleRecord;
  text: string;
}

/**
 * A prefix reads at most this many segments (about 20 terms' worth at 10,000 articles): the
 * completions of one or two typed letters are thousands, and only the first ones in key order are
 * searched until the user types more. A single letter reads a quarter of that: it names no word
 * yet, and the first keystroke should answer at once.
 */
export const PREFIX_SEGMENTS = 400;
const segmentsFor = (prefix: string) => (Array.from(prefix).length === 1 ? PREFIX_SEGMENTS / 4 : PREFIX_SEGMENTS);

/**
 * Articles holding every token of `query`, best first. The last word is matched as a prefix, so
 * results follow the user as they type. Scores are log(1 + tf)·idf summed over the query's tokens.
 * Each token's postings are read in one key range; the rarest list is intersected first.
 */
export async function searchArticles(db: LibraryDB, query: string, limit = 50): Promise<SearchHit[]> {
  return (await (await startSearch(db, query)).next(limit)).map(({ articleId, score }) => ({ articleId, score }));
}

/**
 * A search's ranked matches, read a few at a time: the index is read once, and each `next(n)`
 * reads the records and texts of the next `n` matches only — the popup shows a screenful first
 * and reads the rest after it is painted.
 */
export interface SearchResults {
  next(count: number): Promise<FoundHit[]>;
}

export async function startSearch(db: LibraryDB, query: string): Promise<SearchResults> {
  const tokens = [...new Set(tokenize(query))];
  const matches = await rank(db, query, tokens);
  const bestUpTo = bestFirst(matches);
  // Hashed CJK pairs can share a bucket with others: those hits are checked against the text.
  const cjk = tokens.filter((token) => isCjk(token[0]!));
  let at = 0;
  return {
    async next(count) {
      const out: FoundHit[] = [];
      const tx = db.transaction(['docs', 'articles', 'texts']);
      while (at < matches.length && out.length < count) {
        // Read as many as are still wanted; checked hits that fail their check are made up next turn.
        const end = at + count - out.length;
        const batch = bestUpTo(end).slice(at, end);
        const found = await Promise.all(
          batch.map(async ([no, score]) => {
            const id = (await tx.objectStore('docs').get(no))?.id;
            if (!id) return null;
            const [record, text = ''] = await Promise.all([tx.objectStore('articles').get(id), readText(tx, id)]);
            if (!record || !holdsAll(record, text, cjk)) return null;
            return { articleId: id, score, record, text };
          }),
        );
        // The next read starts after the last hit taken, not after the batch.
        for (const hit of found) {
          if (out.length === count) break;
          at++;
          if (hit) out.push(hit);
        }
      }
      return out;
    },
  };
}

/** An article number and its score. */
type Match = [number, number];
const better = (a: Match, b: Match) => b[1] - a[1] || a[0] - b[0];
/** Matches ordered in one pass, before the rest are sorted (only if read that far). */
const TOP = 64;

/**
 * `matches` best first, sorted only as far as they are read: a short prefix matches thousands of
 * articles, and a screenful needs only the best few. Returns the matches in order up to `end`.
 */
function bestFirst(matches: Match[]): (end: number) => Match[] {
  if (matches.length <= TOP * 4) {
    matches.sort(better);
    return () => matches;
  }
  const top: Match[] = [];
  for (const match of matches) {
    if (top.length === TOP && better(match, top[TOP - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(top[mid]!, match) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, match);
    if (top.length > TOP) top.pop();
  }
  let all: Match[] | null = null;
  return (end) => {
    if (end <= TOP) return top;
    const worst = top.at(-1)!;
    return (all ??= [...top, ...matches.filter((match) => better(match, worst) > 0).sort(better)]);
  };
}

/** Article numbers holding every one of `tokens` (those of `query`), with their scores, in no order. */
async function rank(db: LibraryDB, query: string, tokens: string[]): Promise<Match[]> {
  if (tokens.length === 0) return [];
  const lastChar = Array.from(fold(query)).pop() ?? '';
  const lastIsPrefix = /[\p{L}\p{N}]/u.test(lastChar) && !isCjk(lastChar);
  const tx = db.transaction(['postings', 'docs']);
  // The newest article number stands for the library's size in idf: counting the store would
  // visit every entry (Chromium counts by iterating), and one size serves every term alike.
  const [newest, ...lists] = await Promise.all([
    tx.objectStore('docs').openKeyCursor(null, 'prev'),
    ...tokens.map((token, i) => (lastIsPrefix && i === tokens.length - 1 ? readPrefix(tx, token) : readTerm(tx, termOf(token)))),
  ]);
  if (lists.some((list) => list.count === 0)) return [];
  // The rarest list drives the intersection; every article in it is looked up in the others.
  lists.sort((a, b) => a.count - b.count);
  const total = (newest?.key ?? 0) + 1;
  const idf = lists.map((list) => Math.log(1 + total / list.count));
  const [rarest, ...others] = lists;
  const out: Match[] = [];
  for (let no = 0; no < rarest!.weights.length; no++) {
    const q = rarest!.weights[no]!;
    if (!q) continue;
    let score = weightOf(q) * idf[0]!;
    for (let i = 0; i < others.length && score > 0; i++) {
      const other = others[i]!.weights[no] ?? 0;
      score = other ? score + weightOf(other) * idf[i + 1]! : 0;
    }
    if (score > 0) out.push([no, score]);
  }
  return out;
}

type SearchTx = IDBPTransaction<LibrarySchema, ['postings', 'docs'], 'readonly'>;

/**
 * One token's postings: the quantised weight of each article number (0: not there), in an array
 * indexed by article number — far cheaper to fill and intersect than a map at thousands of hits.
 */
interface TermHits {
  weights: Uint8Array;
  count: number;
}

/** Decodes `segments` (keys and packed values of one or more terms) into one TermHits, an article's best weight kept. */
function collect(keys: Array<[Term, number]>, values: Uint8Array[], skipWord: Term | null = null): TermHits {
  const lastBlock = keys.reduce((max, [, block]) => Math.max(max, block), -1);
  const weights = new Uint8Array((lastBlock + 1) * BLOCK);
  let count = 0;
  values.forEach((bytes, i) => {
    const [word, block] = keys[i]!;
    if (word === skipWord) return;
    decode(block, bytes, (no, q) => {
      if (!weights[no]) count++;
      if (q > weights[no]!) weights[no] = q;
    });
  });
  return { weights, count };
}

async function readTerm(tx: SearchTx, term: Term): Promise<TermHits> {
  const store = tx.objectStore('postings');
  const range = IDBKeyRange.bound([term, 0], [term, Infinity]);
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  return collect(keys, values);
}

/** The postings of every word starting with `prefix` (up to segmentsFor(prefix)), an article's best weight kept. */
async function readPrefix(tx: SearchTx, prefix: string): Promise<TermHits> {
  const store = tx.objectStore('postings');
  // Keys and values of the same range and count, asked for at once: in one transaction they are
  // the same entries in the same order.
  const range = IDBKeyRange.bound([prefix, 0], [prefix + '\uffff', 0]);
  const cap = segmentsFor(prefix);
  const [keys, values] = await Promise.all([store.getAllKeys(range, cap), store.getAll(range, cap)]);
  if (keys.length === 0) return { weights: new Uint8Array(0), count: 0 };
  // At the cap, the last word read may be cut short of its later blocks: it is left out.
  const lastWord = keys.length === cap && keys[0]![0] !== keys.at(-1)![0] ? keys.at(-1)![0] : null;
  return collect(keys, values, lastWord);
}

/** Whether the article's folded title, site, tags and text hold every one of `tokens`. */
function holdsAll(record: ArticleRecord, text: string, tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  const raw = [record.title, record.siteName ?? '', record.userTags.join(' '), text].join('\n');
  // CJK tokens fold to themselves unless the text is decomposed: the raw text answers first.
  if (tokens.every((token) => raw.includes(token))) return true;
  const folded = fold(raw);
  return tokens.every((token) => folded.includes(token));
}

/**
 * The part of `text` around the first match of `query`'s first token, `width` characters either
 * side, for showing under a result. Matching is folded like the index; the snippet keeps the
 * original characters. Returns the text's start when nothing matches (a title or tag hit).
 */
export function snippet(text: string, query: string, width = 60): string {
  const first = tokenize(query)[0];
  // Most matches differ from the token by case only: lower-casing (native, keeps the length almost
  // always) finds them without folding the whole text, which costs milliseconds on a long article.
  const lower = text.toLowerCase();
  const quick = first && lower.length === text.length ? lower.indexOf(first) : -1;
  if (quick >= 0) return around(text, quick, width);
  const { folded, origin } = foldWithOrigin(text);
  const at = first ? folded.indexOf(first) : -1;
  if (at < 0) return clip(text, 0, width * 2);
  return around(text, origin(at), width, origin(Math.max(0, at - width)));
}

function around(text: string, at: number, width: number, start = Math.max(0, at - width)): string {
  return clip(text, start, start === 0 ? width * 2 : at - start + width);
}

/**
 * `text` folded, with a map from folded positions back to the original. Folding the whole text at
 * once is ~100× faster than per character; when it keeps the length (almost always: accents and
 * case fold one to one) positions are the same, else the text is folded per character.
 */
function foldWithOrigin(text: string): { folded: string; origin: (at: number) => number } {
  const whole = fold(text);
  if (whole.length === text.length) return { folded: whole, origin: (at) => at };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    for (let j = 0; j < f.length; j++) origin.push(i);
    folded += f;
  }
  return { folded, origin: (at) => origin[at]! };
}

function clip(text: string, start: number, length: number): string {
  const end = Math.min(text.length, start + length);
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
