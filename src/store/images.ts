import type { ImageReport } from '../core/types';
import { reportAfterRetry, type FetchedImage, type ImageFailure } from '../core/images/keep';
import type { LibraryDB } from './db';
import { writeAtomically } from './transaction';

/** One image kept with an article, under the address the article's Markdown links it by. */
export interface SavedImage {
  articleId: string;
  /** The absolute URL the article's HTML and Markdown use for the image. */
  url: string;
  blob: Blob;
  /** MIME type as served (checked to be an image when saved). */
  type: string;
}

/** The images kept with one article, read through the `articleId` index. */
export function imagesOf(db: LibraryDB, articleId: string): Promise<SavedImage[]> {
  return db.getAllFromIndex('images', 'articleId', articleId);
}

/** Bytes taken by the images kept with one article. */
export async function imageBytesOf(db: LibraryDB, articleId: string): Promise<number> {
  return (await imagesOf(db, articleId)).reduce((sum, image) => sum + image.blob.size, 0);
}

/**
 * Stores images downloaded again for an article (a retry) and its new report, in one transaction.
 * Returns null when the article was deleted or saved again meanwhile: its current report stands.
 */
export async function addRetriedImages(
  db: LibraryDB,
  articleId: string,
  savedAt: number,
  kept: FetchedImage[],
  stillFailed: ImageFailure[],
): Promise<ImageReport | null> {
  const tx = db.transaction(['articles', 'images'], 'readwrite');
  return writeAtomically(tx, async (track) => {
    const record = await track(tx.objectStore('articles').get(articleId));
    if (!record || record.savedAt !== savedAt) return null;
    const images = reportAfterRetry(record.images, kept.map((image) => image.url), stillFailed);
    await Promise.all([
      track(tx.objectStore('articles').put({ ...record, images })),
      ...kept.map(({ url, blob, type }) => track(tx.objectStore('images').put({ articleId, url, blob, type }))),
    ]);
    return images;
  });
}
