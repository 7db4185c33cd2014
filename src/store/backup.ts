import type { BackupArticle } from '../core/backup/format';
import { writeBackup } from '../core/backup/write';
import type { ZipSink } from '../core/export/archive';
import type { ArticleRecord } from '../core/types';
import { storedRecord, type LibraryDB, type StoredRecord } from './db';
import { imagesToExport } from './export-source';
import { imagesOf } from './images';
import { getArticle } from './library';
import { writeAtomically } from './transaction';
import { indexBatch } from './search-index';
import { indexTerms, searchFieldsOf } from './search-tokens';
import { putBody, readText } from './bodies';

/** Writes a backup of the whole library to `sink`, one article at a time, oldest first. */
export async function backUpLibrary(db: LibraryDB, sink: ZipSink): Promise<number> {
  const ids = await db.getAllKeysFromIndex('articles', 'savedAt');
  async function* articles() {
    for (const id of ids) {
      const article = await getArticle(db, id);
      if (!article) throw new Error('The library changed while it was being backed up; try again.');
      // The backup holds the record as the user knows it, not the store's sort key.
      const { publishedOrder: _, ...record } = article.record as StoredRecord;
      yield { ...article, record, images: imagesToExport(await imagesOf(db, id)) };
    }
  }
  await writeBackup(ids.length, articles(), sink);
  return ids.length;
}

export interface RestoreOutcome {
  /** Articles new to this library. */
  added: number;
  /** Articles already here that the backup's newer copy replaced, or whose tags or note it filled in. */
  updated: number;
  /** Articles already here, as new as the backup's or newer, left as they were. */
  unchanged: number;
}

/** The user's own edits of both copies kept: every tag of either, the local note unless it is empty. */
function mergedEdits(kept: ArticleRecord, other: ArticleRecord): ArticleRecord {
  return { ...kept, userTags: [...new Set([...kept.userTags, ...other.userTags])], note: kept.note || other.note };
}

/**
 * Puts a checked backup into the library in one transaction, so a failure changes nothing. An
 * article is matched by canonical URL: a new one is added; one already here takes the backup's
 * copy only when the backup's is newer, and either way keeps the user's tags and note from both.
 */
export async function restoreLibrary(db: LibraryDB, articles: BackupArticle[]): Promise<RestoreOutcome> {
  // Blobs are made before the transaction opens: nothing but IndexedDB work may happen inside it.
  const prepared = articles.map((a) => ({ ...a, blobs: a.images.map((i) => ({ url: i.url, type: i.type, blob: new Blob([i.bytes as Uint8Array<ArrayBuffer>], { type: i.type }) })) }));
  const tx = db.transaction(['articles', 'bodies', 'texts', 'images', 'postings', 'docs'], 'readwrite');
  const outcome: RestoreOutcome = { added: 0, updated: 0, unchanged: 0 };
  return writeAtomically(tx, async (track) => {
    const records = tx.objectStore('articles');
    const images = tx.objectStore('images');
    const index = indexBatch(tx, track);
    for (const { record, body, blobs } of prepared) {
      const local = await track(records.index('canonicalUrl').get(record.canonicalUrl));
      let id = record.id;
      if (local) {
        id = local.id;
        const localText = (await readText(tx, id, track)) ?? '';
        const before = indexTerms(searchFieldsOf(local, localText));
        if (record.savedAt <= local.savedAt) {
          const merged = mergedEdits(local, record);
          if (JSON.stringify(merged) === JSON.stringify(local)) outcome.unchanged++;
          else {
            await track(records.put(storedRecord(merged)));
            await index.add({ articleId: id, before, after: indexTerms(searchFieldsOf(merged, localText)) });
            outcome.updated++;
          }
          continue;
        }
        for (const key of await track(images.index('articleId').getAllKeys(id))) await track(images.delete(key));
        const replaced = mergedEdits({ ...record, id, createdAt: Math.min(local.createdAt, record.createdAt) }, local);
        await track(records.put(storedRecord(replaced)));
        await index.add({ articleId: id, before, after: indexTerms(searchFieldsOf(replaced, body.text)) });
        outcome.updated++;
      } else {
        // An id taken by another page (two libraries' ids can only meet by chance) gets a new one.
        if (await track(records.get(id))) id = crypto.randomUUID();
        await track(records.put(storedRecord({ ...record, id })));
        await index.add({ articleId: id, before: null, after: indexTerms(searchFieldsOf(record, body.text)) });
        outcome.added++;
      }
      await putBody(tx, track, { ...body, id });
      for (const image of blobs) await track(images.put({ articleId: id, ...image }));
    }
    await index.flush();
    return outcome;
  });
}
