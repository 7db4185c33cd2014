import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { openLibrary, storedRecord, type LibraryDB } from '../../../src/store/db';
import { backUpLibrary, restoreLibrary } from '../../../src/store/backup';
import { readBackup } from '../../../src/core/backup/read';
import { BackupError } from '../../../src/core/backup/format';
import { imagesOf } from '../../../src/store/images';
import { deleteArticle } from '../../../src/store/library';
import { fillLibrary, generatedRecord } from '../../../scripts/bench/export/library';

let db: LibraryDB;
let dbCount = 0;

beforeEach(async () => {
  db = await openLibrary(`backup-test-${++dbCount}`);
});

async function backup(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await backUpLibrary(db, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

async function wipe(): Promise<void> {
  const tx = db.transaction(['articles', 'bodies', 'texts', 'images'], 'readwrite');
  await Promise.all([...(['articles', 'bodies', 'texts', 'images'] as const).map((store) => tx.objectStore(store).clear()), tx.done]);
}

/** Everything in the library, images as their bytes, for comparing two libraries. */
async function contents() {
  const images = await Promise.all(
    (await db.getAll('images')).map(async (i) => ({ articleId: i.articleId, url: i.url, type: i.type, blobType: i.blob.type, bytes: Buffer.from(await i.blob.arrayBuffer()).toString('base64') })),
  );
  return { articles: await db.getAll('articles'), bodies: await db.getAll('bodies'), texts: await db.getAll('texts'), images };
}

describe('backup and restore', () => {
  test('backup → wipe → restore → backup gives the same bytes for 1,000 articles with images', async () => {
    await fillLibrary(db, { articles: 1000, imagesPerArticle: 2, imageBytes: 512 });
    const before = await contents();
    const first = await backup();
    await wipe();
    expect(await db.count('articles')).toBe(0);
    expect(await restoreLibrary(db, await readBackup(first))).toEqual({ added: 1000, updated: 0, unchanged: 0 });
    expect(await contents()).toEqual(before);
    const second = await backup();
    expect(second.length).toBe(first.length);
    expect(Buffer.compare(second, first)).toBe(0);
  }, 120_000);

  test('restoring over the library merges by canonical URL: no duplicates, newer copies win, the user’s tags and notes stay', async () => {
    await fillLibrary(db, { articles: 3, imagesPerArticle: 1, imageBytes: 16 });
    const file = await readBackup(await backup());
    // Locally: article 1 edited after the backup (newer), article 2 older than the backup's, article 3 gone.
    const one = await db.get('articles', 'article-00001');
    await db.put('articles', storedRecord({ ...one!, title: 'Edited here', userTags: ['local'], savedAt: one!.savedAt + 1000 }));
    const two = await deleteArticle(db, 'article-00002');
    await db.put('articles', storedRecord({ ...two!.record, id: 'other-id', userTags: ['mine'], note: 'kept', savedAt: two!.record.savedAt - 1000 }));
    const { text, ...body } = two!.body;
    await Promise.all([db.put('bodies', { ...body, id: 'other-id', markdown: 'old' }), db.put('texts', { id: 'other-id', text })]);
    await deleteArticle(db, 'article-00003');
    expect(await restoreLibrary(db, file)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(await db.count('articles')).toBe(3);
    expect(await db.get('articles', 'article-00001')).toMatchObject({ title: 'Edited here', userTags: ['local'] });
    expect(await db.get('articles', 'other-id')).toMatchObject({ title: 'Notes on caching, part 2', userTags: ['mine'], note: 'kept', savedAt: generatedRecord(2, 1).savedAt });
    expect((await imagesOf(db, 'other-id')).map((i) => i.url)).toEqual(['https://img.example.org/2/figure-0.jpg']);
    expect(await db.get('bodies', 'other-id')).toMatchObject({ id: 'other-id', markdown: expect.stringContaining('# Notes on caching, part 2') });
    // A second restore of the same file finds nothing to do.
    expect(await restoreLibrary(db, file)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await db.count('articles')).toBe(3);
    expect(await db.count('images')).toBe(3);
  });

  describe('a bad or foreign file is refused with a clear message and changes nothing', () => {
    async function refused(file: Uint8Array, message: RegExp) {
      await fillLibrary(db, { articles: 2, imagesPerArticle: 1, imageBytes: 16 });
      const before = await contents();
      const attempt = readBackup(file).then((articles) => restoreLibrary(db, articles));
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(message);
      expect(await contents()).toEqual(before);
    }

    test('not a zip', () => refused(strToU8('just some text'), /not a Keepmark backup: it is not a zip file/));
    test('a zip of something else', () => refused(zipSync({ 'readme.txt': strToU8('hello') }), /not a Keepmark backup: it has no keepmark-backup.json/));
    test('a manifest of another format', () => refused(zipSync({ 'keepmark-backup.json': strToU8('{"format":"other","version":1}') }), /not a Keepmark backup\.$/));
    test('from a newer Keepmark', () => refused(zipSync({ 'keepmark-backup.json': strToU8('{"format":"keepmark-backup","version":99,"articles":0}') }), /newer version of Keepmark/));

    test('an altered image, a missing article, or a malformed record', async () => {
      const other = await openLibrary(`backup-source-${dbCount}`);
      await fillLibrary(other, { articles: 2, imagesPerArticle: 1, imageBytes: 64 });
      const chunks: Uint8Array[] = [];
      await backUpLibrary(other, (c) => chunks.push(c));
      const { unzipSync } = await import('fflate');
      const files = unzipSync(Buffer.concat(chunks));
      expect(await readBackup(zipSync(files))).toHaveLength(2);
      const altered = { ...files, 'images/000001/1.jpg': files['images/000001/1.jpg'].map((b, i) => (i === 0 ? b ^ 1 : b)) };
      await refused(zipSync(altered), /damaged: the image images\/000001\/1.jpg is missing or altered/);
      const { 'articles/000002.json': _, ...missing } = files;
      await expect(readBackup(zipSync(missing))).rejects.toThrow(/damaged: it should hold 2 articles but holds 1/);
      const entry = JSON.parse(Buffer.from(files['articles/000001.json']).toString());
      const malformed = { ...files, 'articles/000001.json': strToU8(JSON.stringify({ ...entry, record: { ...entry.record, savedAt: 'yesterday' } })) };
      await expect(readBackup(zipSync(malformed))).rejects.toThrow(/damaged: articles\/000001.json is not an article/);
    });
  });
});
