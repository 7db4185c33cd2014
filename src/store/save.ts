import type { ArticleRecord, PageCapture } from '../core/types';
import { articleFromCapture, type SaveContext } from '../core/article';
import type { LibraryDB } from './db';
import { writeAtomically } from './transaction';
import { articleTerms, searchFieldsOf } from './search-tokens';
import { writeTerms } from './search';

export type SaveResult = { record: ArticleRecord; updated: boolean };

/**
 * Saves a capture in one transaction: a page saved before (same canonical URL) is updated in
 * place, keeping its id, first-save time and the user's tags.
 */
export async function saveCapture(db: LibraryDB, capture: PageCapture, ctx: SaveContext): Promise<SaveResult> {
  // Convert before the transaction opens: IndexedDB commits a transaction that waits on other work.
  const draft = articleFromCapture(capture, ctx);
  const terms = articleTerms(searchFieldsOf(draft.record, draft.body.text));
  const tx = db.transaction(['articles', 'bodies', 'terms'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const previous = await track(tx.objectStore('articles').index('canonicalUrl').get(capture.canonicalUrl));
    const record: ArticleRecord = previous
      ? { ...draft.record, id: previous.id, userTags: previous.userTags, note: previous.note, createdAt: previous.createdAt }
      : draft.record;
    // Tokens depend only on the draft and the kept tags, which are read inside; tokenising the
    // text (the costly part) is done from the draft before any await on the transaction.
    await Promise.all([
      track(tx.objectStore('articles').put(record)),
      track(tx.objectStore('bodies').put({ ...draft.body, id: record.id })),
      writeTerms(tx, track, record.id, previous?.userTags.length ? articleTerms(searchFieldsOf(record, draft.body.text)) : terms),
    ]);
    return { record, updated: !!previous };
  });
}
