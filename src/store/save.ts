import type { ArticleRecord, PageCapture } from '../core/types';
import { articleFromCapture, type SaveContext } from '../core/article';
import type { FetchedImage, ImageFailure } from '../core/images/keep';
import { storedRecord, type LibraryDB } from './db';
import { writeAtomically } from './transaction';
import { faultPoint } from '../shared/fault-points';
import { indexTerms, searchFieldsOf } from './search-tokens';
import { applyIndexChanges } from './search-index';
import { putBody, readText } from './bodies';

export type SaveResult = { record: ArticleRecord; updated: boolean };

/** An article's images as downloaded before the save: every image URL is either kept or failed. */
export interface ArticleImages {
  kept: FetchedImage[];
  failed: ImageFailure[];
}

const NO_IMAGES: ArticleImages = { kept: [], failed: [] };

/**
 * Saves a capture and its downloaded images in one transaction: a page saved before (same
 * canonical URL) is updated in place, keeping its id, first-save time and the user's tags. Its
 * images are replaced by these, except that an image kept before whose download failed this time
 * keeps its earlier copy: a re-save without image access (or with a host down) loses nothing.
 */
export async function saveCapture(db: LibraryDB, capture: PageCapture, ctx: SaveContext, images: ArticleImages = NO_IMAGES): Promise<SaveResult> {
  // Convert before the transaction opens: IndexedDB commits a transaction that waits on other work.
  const draft = articleFromCapture(capture, ctx);
  const terms = indexTerms(searchFieldsOf(draft.record, draft.body.text));
  const tx = db.transaction(['articles', 'bodies', 'texts', 'images', 'postings', 'docs'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const previous = await track(tx.objectStore('articles').index('canonicalUrl').get(capture.canonicalUrl));
    const store = tx.objectStore('images');
    const [earlier, earlierText] = previous
      ? await Promise.all([track(store.index('articleId').getAll(previous.id)), readText(tx, previous.id, track)])
      : [[], undefined];
    const failedNow = new Set(images.failed.map((f) => f.url));
    const carried = new Set(earlier.filter((image) => failedNow.has(image.url)).map((image) => image.url));
    const report = {
      total: images.kept.length + images.failed.length,
      saved: images.kept.length + carried.size,
      failed: images.failed.filter((f) => !carried.has(f.url)),
    };
    const record: ArticleRecord = previous
      ? { ...draft.record, id: previous.id, userTags: previous.userTags, note: previous.note, createdAt: previous.createdAt, images: report }
      : { ...draft.record, images: report };
    await Promise.all(earlier.filter((image) => !carried.has(image.url)).map((image) => track(store.delete([image.articleId, image.url]))));
    const putRecord = track(tx.objectStore('articles').put(storedRecord(record)));
    // The record is written and its body and images not yet: a worker stopped here must leave neither.
    await faultPoint('writing', () => track(tx.objectStore('articles').count()));
    await Promise.all([
      putRecord,
      putBody(tx, track, { ...draft.body, id: record.id }),
      ...images.kept.map(({ url, blob, type }) => track(store.put({ articleId: record.id, url, blob, type }))),
      // Tokens come from the draft, computed before the transaction; a page saved before is
      // tokenised again here, its old copy to remove its postings and the new one to index its
      // kept tags (synchronous work: the transaction holds).
      applyIndexChanges(tx, track, [
        {
          articleId: record.id,
          before: previous ? indexTerms(searchFieldsOf(previous, earlierText ?? '')) : null,
          after: previous?.userTags.length ? indexTerms(searchFieldsOf(record, draft.body.text)) : terms,
        },
      ]),
    ]);
    return { record, updated: !!previous };
  });
}
