import type { ArticleRecord, PageCapture } from '../core/types';
import { articleFromCapture, type SaveContext } from '../core/article';
import type { LibraryDB } from './db';
import { writeAtomically } from './transaction';
import { faultPoint } from '../shared/fault-points';

export type SaveResult = { record: ArticleRecord; updated: boolean };

/**
 * Saves a capture in one transaction: a page saved before (same canonical URL) is updated in
 * place, keeping its id, first-save time and the user's tags.
 */
export async function saveCapture(db: LibraryDB, capture: PageCapture, ctx: SaveContext): Promise<SaveResult> {
  // Convert before the transaction opens: IndexedDB commits a transaction that waits on other work.
  const draft = articleFromCapture(capture, ctx);
  const tx = db.transaction(['articles', 'bodies'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const previous = await track(tx.objectStore('articles').index('canonicalUrl').get(capture.canonicalUrl));
    const record: ArticleRecord = previous
      ? { ...draft.record, id: previous.id, userTags: previous.userTags, note: previous.note, createdAt: previous.createdAt }
      : draft.record;
    const putRecord = track(tx.objectStore('articles').put(record));
    // The record is written and its body not yet: a worker stopped here must leave neither.
    await faultPoint('writing', () => track(tx.objectStore('articles').count()));
    await Promise.all([putRecord, track(tx.objectStore('bodies').put({ ...draft.body, id: record.id }))]);
    return { record, updated: !!previous };
  });
}
