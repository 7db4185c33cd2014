import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleBody, ArticleRecord } from '../core/types';

export const DB_NAME = 'keepmark';
export const DB_VERSION = 1;

/** The library's schema. Records and bodies live apart so listing never reads a body. */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { savedAt: number; canonicalUrl: string };
  };
  bodies: {
    key: string;
    value: ArticleBody;
  };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

/** Opens (and creates or upgrades) the library database. */
export function openLibrary(name = DB_NAME): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, so a database written by any earlier version upgrades in order.
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
        articles.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
        db.createObjectStore('bodies', { keyPath: 'id' });
      }
    },
  });
}
