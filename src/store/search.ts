import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibraryDB, LibrarySchema } from './db';
import { fold, isCjk, tokenize } from './search-tokens';

/**
 * Own inverted index in IndexedDB: one row per (token, article) with its weighted frequency.
 * Rows are written in the same transaction as the article, so the index never disagrees with
 * the library and is never rebuilt on popup open.
 */
export interface TermRow {
  token: string;
  articleId: string;
  tf: number;
}

/** Any readwrite transaction that includes the terms store. */
type TermsTx = IDBPTransaction<LibrarySchema, ['terms', ...StoreNames<LibrarySchema>[]] | StoreNames<LibrarySchema>[], 'readwrite'>;
type Track = <P>(request: Promise<P>) => Promise<P>;

/** Replaces an article's index rows with `terms`. Call inside the transaction that writes the article. */
export async function writeTerms(tx: TermsTx, track: Track, articleId: string, terms: Map<string, number>): Promise<void> {
  const store = tx.objectStore('terms');
  await removeTerms(tx, track, articleId);
  await Promise.all([...terms].map(([token, tf]) => track(store.put({ token, articleId, tf }))));
}

/** Removes an article's index rows. */
export async function removeTerms(tx: TermsTx, track: Track, articleId: string): Promise<void> {
  const store = tx.objectStore('terms');
  const keys = await track(store.index('articleId').getAllKeys(articleId));
  await Promise.all(keys.map((key) => track(store.delete(key))));
}

export interface SearchHit {
  articleId: string;
  score: number;
}

/**
 * Articles holding every token of `query`, best first. The last word is matched as a prefix, so
 * results follow the user as they type. Scores are tf·idf summed over the query's tokens.
 */
export async function searchArticles(db: LibraryDB, query: string, limit = 50): Promise<SearchHit[]> {
  const tokens = [...new Set(tokenize(query))];
  if (tokens.length === 0) return [];
  const folded = fold(query);
  const lastChar = Array.from(folded).pop() ?? '';
  const lastIsWord = /[\p{L}\p{N}]/u.test(lastChar) && !isCjk(lastChar);
  const tx = db.transaction(['terms', 'articles']);
  const total = Math.max(1, await tx.objectStore('articles').count());
  const store = tx.objectStore('terms');
  let scores: Map<string, number> | null = null;
  // Rarest-first would be faster, but df is only known after reading: read each token's rows once.
  for (const [i, token] of tokens.entries()) {
    const prefix = lastIsWord && i === tokens.length - 1;
    const range = prefix ? IDBKeyRange.bound([token], [token + '\uffff'], false, true) : IDBKeyRange.bound([token], [token, []]);
    const rows = await store.getAll(range);
    const perArticle = new Map<string, number>();
    for (const row of rows) perArticle.set(row.articleId, (perArticle.get(row.articleId) ?? 0) + row.tf);
    const idf = Math.log(1 + total / Math.max(1, perArticle.size));
    const next = new Map<string, number>();
    for (const [id, tf] of perArticle) {
      if (scores && !scores.has(id)) continue;
      next.set(id, (scores?.get(id) ?? 0) + Math.log(1 + tf) * idf);
    }
    scores = next;
    if (scores.size === 0) break;
  }
  return [...(scores ?? [])]
    .map(([articleId, score]) => ({ articleId, score }))
    .sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId))
    .slice(0, limit);
}

/**
 * The part of `text` around the first match of `query`'s first token, `width` characters either
 * side, for showing under a result. Matching is folded like the index; the snippet keeps the
 * original characters. Returns the text's start when nothing matches (a title or tag hit).
 */
export function snippet(text: string, query: string, width = 60): string {
  const first = tokenize(query)[0];
  const { folded, origin } = foldWithOrigin(text);
  const at = first ? folded.indexOf(first) : -1;
  if (at < 0) return clip(text, 0, width * 2);
  const start = origin(Math.max(0, at - width));
  return clip(text, start, start === 0 ? width * 2 : origin(at) - start + width);
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
