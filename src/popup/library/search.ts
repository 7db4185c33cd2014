import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { findHits, snippet } from '../../store/search';

export interface FoundArticle {
  record: ArticleRecord;
  snippet: string;
}

/** The best matches for `query`, with the passage that matched; bodies are read for these few only. */
export async function findArticles(db: LibraryDB, query: string, limit = 30): Promise<FoundArticle[]> {
  const hits = await findHits(db, query, limit);
  return hits.map(({ record, body }) => ({ record, snippet: snippet(body?.text ?? '', query) }));
}
