import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from './db';
import { blockOf, decode, encode, quantise, type Postings } from './postings';
import type { Term } from './search-tokens';

/**
 * The full-text index, written in the same transaction as the article it describes.
 *
 * Layout (store `postings`): one row per (term, block of 512 article numbers), its value the
 * packed postings of that block (see postings.ts). Articles get small numbers from the `docs`
 * store (autoIncrement), which maps them back to ids. A save therefore touches one small row per
 * distinct term of the article, however large the library; a search reads one key range per term.
 *
 * There is no per-article list of terms: to remove or replace an article's postings the caller
 * tokenises the record and body it is replacing (it reads them anyway), which gives exactly the
 * terms that were written for them.
 */
export interface IndexChange {
  articleId: string;
  /** The terms indexed for the article so far, null if it was not in the library. */
  before: Map<Term, number> | null;
  /** The terms to index now, null when the article is deleted. */
  after: Map<Term, number> | null;
}

/** A transaction that can write the index (a save's, or the schema upgrade's). */
export type IndexTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite' | 'versionchange'>;
type Track = <P>(request: Promise<P>) => Promise<P>;

/** Applies `changes` to the index, reading and writing each touched segment once. */
export async function applyIndexChanges(tx: IndexTx, track: Track, changes: IndexChange[]): Promise<void> {
  const docs = tx.objectStore('docs');
  const postings = tx.objectStore('postings');
  const numbers = await Promise.all(
    changes.map(async ({ articleId, after }) => {
      const known = await track(docs.index('id').getKey(articleId));
      if (known !== undefined) {
        if (!after) await track(docs.delete(known));
        return known;
      }
      return after ? ((await track(docs.add({ id: articleId } as LibrarySchema['docs']['value']))) as number) : null;
    }),
  );
  // Segment → the weight each changed article gets in it (0: removed).
  const edits = new Map<string, { term: Term; block: number; set: Map<number, number> }>();
  const edit = (term: Term, no: number, q: number) => {
    const block = blockOf(no);
    const id = `${typeof term}:${term}:${block}`;
    let segment = edits.get(id);
    if (!segment) edits.set(id, (segment = { term, block, set: new Map() }));
    segment.set.set(no, q);
  };
  changes.forEach(({ before, after }, i) => {
    const no = numbers[i];
    if (no == null) return;
    for (const term of before?.keys() ?? []) edit(term, no, 0);
    for (const [term, tf] of after ?? []) edit(term, no, quantise(tf));
  });
  await Promise.all(
    [...edits.values()].map(async ({ term, block, set }) => {
      const key: [Term, number] = [term, block];
      const stored = await track(postings.get(key));
      const merged: Postings = new Map();
      if (stored) decode(block, stored, (no, q) => merged.set(no, q));
      for (const [no, q] of set) {
        if (q) merged.set(no, q);
        else merged.delete(no);
      }
      if (merged.size) await track(postings.put(encode(block, merged), key));
      else if (stored) await track(postings.delete(key));
    }),
  );
}

/** Changes gathered before they are applied: each segment is then rewritten once per batch, not once per article. */
const BATCH = 500;

/**
 * For writes that touch many articles in one transaction (a backup restore, a schema upgrade):
 * `add` gathers each article's change and applies them BATCH at a time; `flush` applies the rest.
 */
export function indexBatch(tx: IndexTx, track: Track): { add(change: IndexChange): Promise<void>; flush(): Promise<void> } {
  let changes: IndexChange[] = [];
  const flush = async () => {
    const batch = changes;
    changes = [];
    await applyIndexChanges(tx, track, batch);
  };
  return {
    async add(change) {
      changes.push(change);
      if (changes.length >= BATCH) await flush();
    },
    flush,
  };
}
