import type { ArticleBody, ArticleRecord } from '../core/types';
import { unwrap, wrap, type IDBPIndex, type IndexNames } from 'idb';
import { storedRecord, type LibraryDB, type LibrarySchema, type StoredRecord } from './db';
import { writeAtomically } from './transaction';
import type { SavedImage } from './images';
import { indexTerms, searchFieldsOf } from './search-tokens';
import { applyIndexChanges } from './search-index';
import { deleteBody, putBody, readBody } from './bodies';

type StoreIndex = IndexNames<LibrarySchema, 'articles'>;

/** How the list is ordered: newest saved first, or newest published first (undated articles last, newest saved first). */
export type ListOrder = 'saved' | 'published';

/** The first `limit` articles in `order`, read from that order's index (records only). */
export async function listArticles(db: LibraryDB, limit = Infinity, order: ListOrder = 'saved'): Promise<StoredRecord[]> {
  return readDescending(db.transaction('articles').store.index(order === 'saved' ? 'savedAt' : 'publishedOrder'), null, limit);
}

/** IndexedDB's getAllRecords (Chromium 141 on; not yet in Firefox): records in either direction in one request. */
interface IndexWithRecords extends IDBIndex {
  getAllRecords?(options: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }): IDBRequest<Array<{ value: StoredRecord }>>;
}

/** The last `limit` records of `range` in `index`, last first: one request where the browser has getAllRecords, else a cursor. */
async function readDescending(index: IDBPIndex<LibrarySchema, ['articles'], 'articles', StoreIndex>, range: IDBKeyRange | null, limit: number): Promise<StoredRecord[]> {
  const raw = unwrap(index) as IndexWithRecords;
  // A cursor costs a round trip per record: the popup's first rows wait on it.
  if (raw.getAllRecords && Number.isFinite(limit)) {
    const records = await (wrap(raw.getAllRecords({ query: range, count: limit, direction: 'prev' })) as unknown as Promise<Array<{ value: StoredRecord }>>);
    return records.map((record) => record.value);
  }
  const out: StoredRecord[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** What the list can be narrowed to: the articles with one of the user's tags, or from one site. */
export type ListFilter = { tag: string } | { site: string };

/** Whether `record` passes `filter`: applied to search hits, which come from another index. */
export function passes(record: ArticleRecord, filter: ListFilter | null): boolean {
  if (!filter) return true;
  return 'tag' in filter ? record.userTags.includes(filter.tag) : record.siteName === filter.site;
}

/**
 * The first `limit` articles in `order` that pass `filter`. A site's are paged through its
 * [site, order] index. A tag's are read from the tag index — only that tag's records — and put in
 * order here, since a multi-entry index cannot carry a second key.
 */
export async function listFiltered(db: LibraryDB, filter: ListFilter, limit = Infinity, order: ListOrder = 'saved'): Promise<StoredRecord[]> {
  if ('tag' in filter) {
    const tagged = await db.getAllFromIndex('articles', 'userTags', filter.tag);
    const key = (r: StoredRecord) => (order === 'saved' ? r.savedAt : r.publishedOrder);
    return tagged.sort((a, b) => key(b) - key(a)).slice(0, limit);
  }
  const index = db.transaction('articles').store.index(order === 'saved' ? 'siteSaved' : 'sitePublished');
  return readDescending(index, IDBKeyRange.bound([filter.site, -Infinity], [filter.site, Infinity]), limit);
}

/** Every tag and every site in the library, each once and sorted, read from the indexes' keys alone. */
export async function filterChoices(db: LibraryDB): Promise<{ tags: string[]; sites: string[] }> {
  const store = db.transaction('articles').store;
  const tags: string[] = [];
  for (let cursor = await store.index('userTags').openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) tags.push(cursor.key);
  const sites: string[] = [];
  // Sites: jump past each site's entries to the next site rather than visiting every article.
  for (let cursor = await store.index('siteSaved').openKeyCursor(); cursor; ) {
    const site = cursor.key[0];
    sites.push(site);
    cursor = await cursor.continue([site, Infinity]);
  }
  return { tags, sites };
}

export async function getArticle(db: LibraryDB, id: string): Promise<{ record: ArticleRecord; body: ArticleBody } | null> {
  const tx = db.transaction(['articles', 'bodies', 'texts']);
  const [record, body] = await Promise.all([tx.objectStore('articles').get(id), readBody(tx, id)]);
  return record && body ? { record, body } : null;
}

/** An article whole, as deleting hands it back for undo: record, body and kept images. */
export type WholeArticle = { record: ArticleRecord; body: ArticleBody; images: SavedImage[] };

/** Removes an article with its body and images and returns it whole, so the removal can be undone. */
export async function deleteArticle(db: LibraryDB, id: string): Promise<WholeArticle | null> {
  const [removed] = await deleteArticles(db, [id]);
  return removed ?? null;
}

/**
 * Removes the articles `ids` in one transaction — all of them or, on a failure, none — and returns
 * those that were there, whole, for one undo. Ids no longer in the library are skipped.
 */
export async function deleteArticles(db: LibraryDB, ids: string[]): Promise<WholeArticle[]> {
  const tx = db.transaction(['articles', 'bodies', 'texts', 'images', 'postings', 'docs'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const images = tx.objectStore('images');
    const found = await Promise.all(
      ids.map(async (id): Promise<WholeArticle | null> => {
        const [record, body, kept] = await Promise.all([
          track(tx.objectStore('articles').get(id)),
          readBody(tx, id, track),
          track(images.index('articleId').getAll(id)),
        ]);
        return record && body ? { record, body, images: kept } : null;
      }),
    );
    const removed = found.filter((article): article is WholeArticle => article !== null);
    // One index change for the whole batch: each packed posting block is rewritten once.
    await Promise.all([
      ...removed.flatMap(({ record, images: kept }) => [
        track(tx.objectStore('articles').delete(record.id)),
        deleteBody(tx, track, record.id),
        ...kept.map((image) => track(images.delete([image.articleId, image.url]))),
      ]),
      applyIndexChanges(
        tx,
        track,
        removed.map(({ record, body }) => ({ articleId: record.id, before: indexTerms(searchFieldsOf(record, body.text)), after: null })),
      ),
    ]);
    return removed;
  });
}

/**
 * Puts back an article removed by `deleteArticle`. If the same page was saved again meanwhile,
 * the newer save stays and the old copy is not restored over it.
 */
export async function restoreArticle(db: LibraryDB, article: WholeArticle): Promise<boolean> {
  const { record, body } = article;
  const terms = indexTerms(searchFieldsOf(record, body.text));
  const tx = db.transaction(['articles', 'bodies', 'texts', 'images', 'postings', 'docs'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    if (await track(tx.objectStore('articles').index('canonicalUrl').get(article.record.canonicalUrl))) return false;
    await Promise.all([
      track(tx.objectStore('articles').put(storedRecord(article.record))),
      putBody(tx, track, article.body),
      ...article.images.map((image) => track(tx.objectStore('images').put(image))),
      applyIndexChanges(tx, track, [{ articleId: record.id, before: null, after: terms }]),
    ]);
    return true;
  });
}

/** Calls `visit` with every article and its body, oldest first, one at a time. */
export async function forEachArticle(db: LibraryDB, visit: (record: ArticleRecord, body: ArticleBody) => void | Promise<void>): Promise<number> {
  const ids = await db.getAllKeysFromIndex('articles', 'savedAt');
  let count = 0;
  for (const id of ids) {
    const article = await getArticle(db, id);
    if (article) {
      await visit(article.record, article.body);
      count++;
    }
  }
  return count;
}
