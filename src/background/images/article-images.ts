import type { ImageReport, PageCapture } from '../../core/types';
import { articleImageUrls } from '../../core/images/collect';
import { openLibrary } from '../../store/db';
import { addRetriedImages, imageBytesOf } from '../../store/images';
import type { ArticleImages } from '../../store/save';
import { NO_ROOM, isQuotaError } from '../../store/quota';
import { browserDownloadDeps } from './browser-deps';
import { downloadImages, type DownloadDeps } from './download';

/** The images of a captured article, downloaded before the save's transaction opens. */
export async function downloadArticleImages(capture: PageCapture, capBytes: number, deps: DownloadDeps = browserDownloadDeps()): Promise<ArticleImages> {
  const urls = articleImageUrls(capture.html, capture.leadImage);
  if (urls.length === 0) return { kept: [], failed: [] };
  return downloadImages(urls, capture.url, capBytes, deps);
}

/** Downloads again only the images of a saved article that failed, within what is left of its cap. */
export async function retryFailedImages(id: string, capBytes: number, deps: DownloadDeps = browserDownloadDeps()): Promise<ImageReport> {
  const db = await openLibrary();
  try {
    const record = await db.get('articles', id);
    if (!record) throw new Error('That article is no longer in the library.');
    const urls = record.images.failed.map((failure) => failure.url);
    if (urls.length === 0) return record.images;
    const { kept, failed } = await downloadImages(urls, record.url, capBytes, deps, await imageBytesOf(db, id));
    const report = await addRetriedImages(db, id, record.savedAt, kept, failed).catch((error) => {
      throw isQuotaError(error) ? new Error(NO_ROOM) : error;
    });
    if (!report) throw new Error('The article was saved again or deleted meanwhile. Open Keepmark again to see its images.');
    return report;
  } finally {
    db.close();
  }
}
