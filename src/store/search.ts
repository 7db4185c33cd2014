import type { ArticleBody, ArticleRecord } from '../core/types';
import type { IDBPTransaction } from 'idb';
import type { LibraryDB, LibrarySchema } from './db';
import { decode, weightOf } from './postings';
import { fold, isCjk, termOf, tokenize, type Term } from './search-tokens';

export interface SearchHit {
  articleId: string;
  score: number;
}

/** A hit with its record and body, read once for both the CJK check and the snippet. */
export interface FoundHit extends SearchHit {
  record: ArticleRecord;
  body: ArticleBody | undefined;
}

/**
 * A prefix reads at most this many segments (about 20 terms' worth at 10,000 articles): the
 * completions of one or two typed letters are thousands, and only the first ones in key order are
 * searched until the user types more.
 */
export const PREFIX_SEGMENTS = 400;
/** Hits whose CJK tokens are checked against the article's text, read at least this many at a time. */
const CHECK_BATCH = 20;

type Hits = Map<number, number>;

/**
 * Articles holding every token of `query`, best first. The last word is matched as a prefix, so
 * results follow the user as they type. Scores are log(1 + tf)·idf summed over the query's tokens.
 * Each token's postings are read in one key range; the rarest list is intersected first.
 */
export async function searchArticles(db: LibraryDB, query: string, limit = 50): Promise<SearchHit[]> {
  return (await findHits(db, query, limit)).map(({ articleId, score }) => ({ articleId, score }));
}

/** searchArticles with each hit's record and body, for callers that show them. */
export async function findHits(db: LibraryDB, query: string, limit = 50): Promise<FoundHit[]> {
  return (await startSearch(db, query)).next(limit);
}

/**
 * A search's ranked matches, read a few at a time: the index is read once, and each `next(n)`
 * reads the records and bodies of the next `n` matches only — the popup shows a screenful first
 * and reads the rest after it is painted.
 */
export interface SearchResults {
  next(count: number): Promise<FoundHit[]>;
}

export async function startSearch(db: LibraryDB, query: string): Promise<SearchResults> {
  const ranked = await rank(db, query);
  // Hashed CJK pairs can share a bucket with others: those hits are checked against the text.
  const cjk = [...new Set(tokenize(query))].filter((token) => isCjk(token[0]!));
  let at = 0;
  return {
    async next(count) {
      const out: FoundHit[] = [];
      const tx = db.transaction(['docs', 'articles', 'bodies']);
      while (at < ranked.length && out.length < count) {
        // Unchecked hits are all shown; checked ones are read a batch at a time until enough pass.
        const batch = ranked.slice(at, at + (cjk.length ? Math.max(CHECK_BATCH, count - out.length) : count - out.length));
        const found = await Promise.all(
          batch.map(async ([no, score]) => {
            const id = (await tx.objectStore('docs').get(no))?.id;
            if (!id) return null;
            const [record, body] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('bodies').get(id)]);
            if (!record || !holdsAll(record, body, cjk)) return null;
            return { articleId: id, score, record, body };
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

/** Article numbers holding every token of `query`, with their scores, best first. */
async function rank(db: LibraryDB, query: string): Promise<Array<[number, number]>> {
  const tokens = [...new Set(tokenize(query))];
  if (tokens.length === 0) return [];
  const lastChar = Array.from(fold(query)).pop() ?? '';
  const lastIsPrefix = /[\p{L}\p{N}]/u.test(lastChar) && !isCjk(lastChar);
  const tx = db.transaction(['postings', 'docs']);
  const [total, ...lists] = await Promise.all([
    tx.objectStore('docs').count(),
    ...tokens.map((token, i) => (lastIsPrefix && i === tokens.length - 1 ? readPrefix(tx, token) : readTerm(tx, termOf(token)))),
  ]);
  lists.sort((a, b) => a.size - b.size);
  let scores: Hits | null = null;
  for (const list of lists) {
    const idf = Math.log(1 + Math.max(1, total) / Math.max(1, list.size));
    const next: Hits = new Map();
    for (const [no, weight] of scores ?? list) {
      const q = scores ? list.get(no) : weight;
      if (q !== undefined) next.set(no, (scores ? weight : 0) + weightOf(q) * idf);
    }
    scores = next;
    if (scores.size === 0) return [];
  }
  return [...scores!].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

type SearchTx = IDBPTransaction<LibrarySchema, ['postings', 'docs'], 'readonly'>;

async function readTerm(tx: SearchTx, term: Term): Promise<Hits> {
  const hits: Hits = new Map();
  const store = tx.objectStore('postings');
  const range = IDBKeyRange.bound([term, 0], [term, Infinity]);
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  values.forEach((bytes, i) => decode(keys[i]![1], bytes, (no, q) => hits.set(no, q)));
  return hits;
}

/** The postings of every word starting with `prefix` (up to PREFIX_SEGMENTS), an article's best weight kept. */
async function readPrefix(tx: SearchTx, prefix: string): Promise<Hits> {
  const store = tx.objectStore('postings');
  const keys = await store.getAllKeys(IDBKeyRange.bound([prefix, 0], [prefix + '\uffff', 0]), PREFIX_SEGMENTS);
  if (keys.length === 0) return new Map();
  const values = await store.getAll(IDBKeyRange.bound(keys[0]!, keys.at(-1)!));
  // At the cap, the last word read may be cut short of its later blocks: it is left out.
  const lastWord = keys.length === PREFIX_SEGMENTS && keys[0]![0] !== keys.at(-1)![0] ? keys.at(-1)![0] : null;
  const hits: Hits = new Map();
  values.forEach((bytes, i) => {
    const [word, block] = keys[i]!;
    if (word !== lastWord) decode(block, bytes, (no, q) => hits.set(no, Math.max(q, hits.get(no) ?? 0)));
  });
  return hits;
}

/** Whether the article's folded title, site, tags and text hold every one of `tokens`. */
function holdsAll(record: ArticleRecord, body: ArticleBody | undefined, tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  const raw = [record.title, record.siteName ?? '', record.userTags.join(' '), body?.text ?? ''].join('\n');
  // CJK tokens fold to themselves unless the text is decomposed: the raw text answers first.
  if (tokens.every((token) => raw.includes(token))) return true;
  const text = fold(raw);
  return tokens.every((token) => text.includes(token));
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
