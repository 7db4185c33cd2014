import type { ArticleRecord } from '../core/types';
import { storedRecord, type LibraryDB } from './db';
import { writeAtomically } from './transaction';
import { indexTerms, searchFieldsOf } from './search-tokens';
import { applyIndexChanges } from './search-index';

export type ArticleEdit = Partial<Pick<ArticleRecord, 'title' | 'userTags' | 'note'>>;

/** Applies the user's edit (title, tags, note) and reindexes the article in the same transaction. */
export async function editArticle(db: LibraryDB, id: string, edit: ArticleEdit): Promise<ArticleRecord | null> {
  // The text is read first, in its own transaction, so tokenising happens outside the write.
  const text = (await db.get('texts', id))?.text;
  if (text === undefined) return null;
  const tx = db.transaction(['articles', 'postings', 'docs'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const previous = await track(tx.objectStore('articles').get(id));
    if (!previous) return null;
    const userTags = edit.userTags ? [...new Set(edit.userTags.map((tag) => tag.trim()).filter(Boolean))] : previous.userTags;
    const record: ArticleRecord = { ...previous, ...edit, userTags };
    const change = { articleId: id, before: indexTerms(searchFieldsOf(previous, text)), after: indexTerms(searchFieldsOf(record, text)) };
    await Promise.all([track(tx.objectStore('articles').put(storedRecord(record))), applyIndexChanges(tx, track, [change])]);
    return record;
  });
}
