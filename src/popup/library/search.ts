import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { startSearch, snippet } from '../../store/search';

export interface FoundArticle {
  record: ArticleRecord;
  snippet: string;
}

/** A search's matches with the passage that matched, read a few at a time (their texts for those only). */
export interface FoundArticles {
  next(count: number): Promise<FoundArticle[]>;
}

export async function searchLibrary(db: LibraryDB, query: string): Promise<FoundArticles> {
  const results = await startSearch(db, query);
  return {
    async next(count) {
      const hits = await results.next(count);
      return hits.map(({ record, text }) => ({ record, snippet: snippet(text, query) }));
    },
  };
}
