import type { ExportImage, ExportItem } from '../core/export/posts';
import type { ArticleBody, ArticleRecord } from '../core/types';
import type { LibraryDB } from './db';
import { imagesOf, type SavedImage } from './images';
import { getArticle } from './library';

/** The ids of the articles to export: those chosen, or all, oldest first. */
export async function idsToExport(db: LibraryDB, ids: string[] | 'all'): Promise<string[]> {
  return ids === 'all' ? db.getAllKeysFromIndex('articles', 'savedAt') : [...new Set(ids)];
}

/** Kept images as export reads them: the Blob's bytes only when the image is written. */
export function imagesToExport(images: SavedImage[]): ExportImage[] {
  return images.map(({ url, type, blob }) => ({ url, type, read: async () => new Uint8Array(await blob.arrayBuffer()) }));
}

/**
 * The articles of `ids` one at a time, with their kept images as Blobs read only when written,
 * so an export never holds more than one article's text in memory. `markdownOf` gives the body in
 * the export's Markdown style.
 */
export async function* articlesToExport(
  db: LibraryDB,
  ids: string[],
  markdownOf: (record: ArticleRecord, body: ArticleBody) => string = (_record, body) => body.markdown,
): AsyncGenerator<ExportItem> {
  for (const id of ids) {
    const article = await getArticle(db, id);
    if (!article) {
      yield { id, article: null };
      continue;
    }
    yield {
      id,
      article: {
        record: article.record,
        markdown: markdownOf(article.record, article.body),
        text: article.body.text,
        images: imagesToExport(await imagesOf(db, id)),
      },
    };
  }
}
