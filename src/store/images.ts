import type { LibraryDB } from './db';

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
