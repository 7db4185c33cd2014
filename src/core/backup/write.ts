import { ExportArchive, type ZipSink } from '../export/archive';
import type { ExportImage } from '../export/posts';
import { imageExtension } from '../export/images';
import type { ArticleBody, ArticleRecord } from '../types';
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_FILE, sha256, type BackupArticleEntry, type BackupManifest } from './format';

/** One article to back up, its images read only when written. */
export interface ArticleToBackUp {
  record: ArticleRecord;
  body: ArticleBody;
  images: ExportImage[];
}

// Every file carries this time, so the same library always gives the same bytes.
const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Writes a backup of `count` articles to `sink`: a manifest, then each article's record and body
 * as JSON beside its images' exact bytes (stored, not recompressed), one article at a time.
 */
export async function writeBackup(count: number, articles: AsyncIterable<ArticleToBackUp>, sink: ZipSink): Promise<void> {
  const archive = new ExportArchive(sink, FIXED_TIME);
  archive.addText(MANIFEST_FILE, JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, articles: count } satisfies BackupManifest));
  let n = 0;
  for await (const { record, body, images } of articles) {
    if (++n > count) throw new Error('The library changed while it was being backed up; try again.');
    const entry: BackupArticleEntry = { record, body, images: [] };
    for (const [i, image] of images.entries()) {
      const bytes = await image.read();
      const file = `images/${pad(n)}/${i + 1}.${imageExtension(image.type)}`;
      archive.addBytes(file, bytes);
      entry.images.push({ url: image.url, type: image.type, file, size: bytes.length, sha256: await sha256(bytes) });
    }
    archive.addText(`articles/${pad(n)}.json`, JSON.stringify(entry));
  }
  if (n !== count) throw new Error('The library changed while it was being backed up; try again.');
  archive.finish();
}
