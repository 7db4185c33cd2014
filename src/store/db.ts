import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleBody, ArticleRecord } from '../core/types';
import type { SavedImage } from './images';
import type { TermRow } from './search';
import { articleTerms, searchFieldsOf } from './search-tokens';

export const DB_NAME = 'keepmark';
export const DB_VERSION = 5;

/** The library's schema. Records, bodies and images live apart so listing never reads a body. */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    /** `userTags`: one entry per tag (multiEntry); `siteSaved`: [siteName, savedAt], a site's articles newest first. */
    indexes: { savedAt: number; canonicalUrl: string; userTags: string; siteSaved: [string, number] };
  };
  bodies: {
    key: string;
    value: ArticleBody;
  };
  images: {
    key: [string, string];
    value: SavedImage;
    indexes: { articleId: string };
  };
  /** The full-text index: one row per (token, article). */
  terms: {
    key: [string, string];
    value: TermRow;
    indexes: { articleId: string };
  };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

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
            await cursor.update({ ...record, note: record.note ?? '', images: record.images ?? { total: 0, saved: 0, failed: [] } });
            cursor = await cursor.continue();
          }
        }
      }
      if (oldVersion < 3) {
        // Full-text index; articles saved before are indexed once, here.
        const terms = db.createObjectStore('terms', { keyPath: ['token', 'articleId'] });
        terms.createIndex('articleId', 'articleId');
        if (oldVersion >= 1) {
          let cursor = await tx.objectStore('articles').openCursor();
          while (cursor) {
            const record = cursor.value;
            const body = await tx.objectStore('bodies').get(record.id);
            for (const [token, tf] of articleTerms(searchFieldsOf(record, body?.text ?? ''))) await terms.put({ token, articleId: record.id, tf });
            cursor = await cursor.continue();
          }
        }
      }
      // Version 4 belongs to the search index's rewrite (another branch); this step does not depend on it.
      if (oldVersion < 5) {
        // The popup's filters: by tag, and by site in saved order. Records need no change.
        const articles = tx.objectStore('articles');
        articles.createIndex('userTags', 'userTags', { multiEntry: true });
        articles.createIndex('siteSaved', ['siteName', 'savedAt']);
      }
    },
  });
}
