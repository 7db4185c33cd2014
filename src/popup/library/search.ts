import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { searchArticles, snippet } from '../../store/search';

export interface FoundArticle {
  record: ArticleRecord;
  snippet: string;
}

/** The best matches for `query`, with the passage that matched; bodies are read for these few only. */
export async function findArticles(db: LibraryDB, query: string, limit = 30): Promise<FoundArticle[]> {
  const hits = await searchArticles(db, query, limit);
  const tx = db.transaction(['articles', 'bodies']);
  const found = await Promise.all(
    hits.map(async ({ articleId }) => {
      const [record, body] = await Promise.all([tx.objectStore('articles').get(articleId), tx.objectStore('bodies').get(articleId)]);
      return record ? { record, snippet: snippet(body?.text ?? '', query) } : null;
    }),
  );
  return found.filter((item): item is FoundArticle => item !== null);
}
