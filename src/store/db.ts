import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleBody, ArticleRecord } from '../core/types';
import type { SavedImage } from './images';
import { indexTerms, searchFieldsOf, type Term } from './search-tokens';
import { indexBatch, type IndexTx } from './search-index';

export const DB_NAME = 'keepmark';
export const DB_VERSION = 7;

/** The library's schema. Records, bodies and images live apart so listing never reads a body. */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: StoredRecord;
    /**
     * `userTags`: one entry per tag (multiEntry); `siteSaved`: [siteName, savedAt], a site's articles
     * newest first; `publishedOrder` and `sitePublished`: the same by published date, then the
     * undated (see storedRecord).
     */
    indexes: { savedAt: number; canonicalUrl: string; userTags: string; siteSaved: [string, number]; publishedOrder: number; sitePublished: [string, number] };
  };
  /** An article's HTML and Markdown; its text is in `texts` (see bodies.ts). */
  bodies: {
    key: string;
    value: Omit<ArticleBody, 'text'>;
  };
  texts: {
    key: string;
    value: { id: string; text: string };
  };
  images: {
    key: [string, string];
    value: SavedImage;
    indexes: { articleId: string };
  };
  /** The full-text index: packed postings per (term, block of article numbers); see search-index.ts. */
  postings: {
    key: [Term, number];
    value: Uint8Array;
  };
  /** Article numbers (small, for packing) and the article each stands for. */
  docs: {
    key: number;
    value: { no: number; id: string };
    indexes: { id: string };
  };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

/** An article record as stored: with the key the published-date order is read by, derived on every write. */
export type StoredRecord = ArticleRecord & { publishedOrder: number };

/** Below every real publication time: an undated article sorts after all dated ones. */
const UNDATED = -1e15;

/**
 * The record as written to the library. Its `publishedOrder` is the published time (epoch ms) or,
 * without a usable date, the saved time far below every date, so one index lists the dated
 * articles newest published first and then the undated ones newest saved first.
 */
export function storedRecord(record: ArticleRecord): StoredRecord {
  const published = record.published ? Date.parse(record.published) : NaN;
  return { ...record, publishedOrder: Number.isFinite(published) ? published : UNDATED + record.savedAt };
}

/** The library on disk was written by a newer Keepmark: this one must not open (or downgrade) it. */
export class LibraryTooNewError extends Error {
  override name = 'LibraryTooNewError';
  constructor() {
    super('Your library was saved by a newer version of Keepmark. Update Keepmark to open it; nothing in it was changed.');
  }
}

/** Opens (and creates or upgrades) the library database. */
export async function openLibrary(name = DB_NAME): Promise<LibraryDB> {
  try {
    return await openSchema(name);
  } catch (error) {
    // IndexedDB refuses to open a database at a lower version than it has, and changes nothing.
    if ((error as DOMException)?.name === 'VersionError') throw new LibraryTooNewError();
    throw error;
  }
}

function openSchema(name: string): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // One step per version, so a database written by any earlier version upgrades in order.
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
        articles.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
        db.createObjectStore('bodies', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        // Images saved with their article; records written before gain an empty note and image report.
        const images = db.createObjectStore('images', { keyPath: ['articleId', 'url'] });
        images.createIndex('articleId', 'articleId');
        if (oldVersion >= 1) {
          let cursor = await tx.objectStore('articles').openCursor();
          while (cursor) {
            const record = cursor.value as Partial<ArticleRecord> & ArticleRecord;
            await cursor.update(storedRecord({ ...record, note: record.note ?? '', images: record.images ?? { total: 0, saved: 0, failed: [] } }));
            cursor = await cursor.continue();
          }
        }
      }
      if (oldVersion < 3) {
        // Full-text index, one row per (token, article). Step 4 replaces it and indexes every article.
        const terms = (db as unknown as IDBPDatabase).createObjectStore('terms', { keyPath: ['token', 'articleId'] });
        terms.createIndex('articleId', 'articleId');
      }
      if (oldVersion < 4) {
        // The packed index (search-index.ts); the v3 rows are dropped and every article indexed anew.
        (db as unknown as IDBPDatabase).deleteObjectStore('terms');
        db.createObjectStore('postings');
        db.createObjectStore('docs', { keyPath: 'no', autoIncrement: true }).createIndex('id', 'id', { unique: true });
        if (oldVersion >= 1) await indexEveryArticle(tx as unknown as IndexTx);
      }
      if (oldVersion < 5) {
        // The popup's filters: by tag, and by site in saved order. Records need no change.
        const articles = tx.objectStore('articles');
        articles.createIndex('userTags', 'userTags', { multiEntry: true });
        articles.createIndex('siteSaved', ['siteName', 'savedAt']);
      }
      if (oldVersion < 6) {
        // Sorting by published date: every record gains its order key.
        const articles = tx.objectStore('articles');
        articles.createIndex('publishedOrder', 'publishedOrder');
        articles.createIndex('sitePublished', ['siteName', 'publishedOrder']);
        for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) await cursor.update(storedRecord(cursor.value));
      }
      if (oldVersion < 7) {
        // Each body's text moves to a store of its own, which search reads without the HTML and Markdown.
        const texts = db.createObjectStore('texts', { keyPath: 'id' });
        for (let cursor = await tx.objectStore('bodies').openCursor(); cursor; cursor = await cursor.continue()) {
          const { text, ...body } = cursor.value as ArticleBody;
          await Promise.all([texts.put({ id: body.id, text }), cursor.update(body)]);
        }
      }
    },
  });
}

/** Indexes the articles already saved (an upgrade's transaction fails whole on its own: no tracking). */
async function indexEveryArticle(tx: IndexTx): Promise<void> {
  const index = indexBatch(tx, (request) => request);
  for (let cursor = await tx.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
    // Before version 7 the body held its text.
    const body = (await tx.objectStore('bodies').get(cursor.value.id)) as ArticleBody | undefined;
    await index.add({ articleId: cursor.value.id, before: null, after: indexTerms(searchFieldsOf(cursor.value, body?.text ?? '')) });
  }
  await index.flush();
}
