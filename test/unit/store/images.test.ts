import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { getArticle } from '../../../src/store/library';
import { saveCapture } from '../../../src/store/save';
import { addRetriedImages, imageBytesOf, imagesOf } from '../../../src/store/images';
import type { FetchedImage } from '../../../src/core/images/keep';
import type { PageCapture } from '../../../src/core/types';

let db: LibraryDB;
let dbCount = 0;

const capture: PageCapture = {
  url: 'https://blog.example.org/post',
  canonicalUrl: 'https://blog.example.org/post',
  title: 'A post with pictures',
  byline: null,
  published: null,
  siteName: null,
  lang: 'en',
  description: null,
  keywords: [],
  tags: [],
  categories: [],
  artid: null,
  leadImage: null,
  html: '<p>Two pictures.</p><img src="https://img.example.com/a.png"><img src="https://img.example.com/b.png">',
  text: 'Two pictures.',
  readerable: true,
};

const image = (url: string, ...bytes: number[]): FetchedImage => ({ url, type: 'image/png', blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }) });
const at = (now: number) => ({ id: `id-${now}`, now, offset: 0 });
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

beforeEach(async () => {
  db = await openLibrary(`images-${++dbCount}`);
});

describe('saving an article with its images', () => {
  test('the images, the record and its report are written together', async () => {
    const failed = [{ url: 'https://img.example.com/b.png', reason: 'the server refused it (HTTP 403)' }];
    const { record } = await saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1, 2, 3)], failed });
    expect(record.images).toEqual({ total: 2, saved: 1, failed });
    expect((await db.get('articles', record.id))?.images).toEqual(record.images);
    const kept = await imagesOf(db, record.id);
    expect(kept.map((k) => [k.articleId, k.url, k.type])).toEqual([[record.id, 'https://img.example.com/a.png', 'image/png']]);
    expect(await bytesOf(kept[0].blob)).toEqual([1, 2, 3]);
  });

  test('a re-save replaces the article’s images and leaves other articles’ alone', async () => {
    const { record } = await saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1), image('https://img.example.com/b.png', 2)], failed: [] });
    const other = await saveCapture(db, { ...capture, canonicalUrl: 'https://blog.example.org/other' }, at(2), { kept: [image('https://img.example.com/a.png', 9)], failed: [] });
    const again = await saveCapture(db, capture, at(3), { kept: [image('https://img.example.com/b.png', 7)], failed: [] });
    expect(again.record.id).toBe(record.id);
    const kept = await imagesOf(db, record.id);
    expect(kept.map((k) => k.url)).toEqual(['https://img.example.com/b.png']);
    expect(await bytesOf(kept[0].blob)).toEqual([7]);
    expect(await imagesOf(db, other.record.id)).toHaveLength(1);
  });

  test('a re-save whose download of an image failed keeps the copy saved before', async () => {
    const { record } = await saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1), image('https://img.example.com/b.png', 2)], failed: [] });
    const refused = { url: 'https://img.example.com/a.png', reason: 'left as a link: no access' };
    const again = await saveCapture(db, capture, at(2), { kept: [image('https://img.example.com/b.png', 5)], failed: [refused] });
    expect(again.record.images).toEqual({ total: 2, saved: 2, failed: [] });
    const kept = Object.fromEntries(await Promise.all((await imagesOf(db, record.id)).map(async (k) => [k.url, await bytesOf(k.blob)])));
    expect(kept).toEqual({ 'https://img.example.com/a.png': [1], 'https://img.example.com/b.png': [5] });
    // An image the article no longer shows goes; one that failed and was never kept stays failed.
    const third = await saveCapture(db, capture, at(3), { kept: [], failed: [{ url: 'https://img.example.com/c.png', reason: 'HTTP 404' }] });
    expect(third.record.images).toEqual({ total: 1, saved: 0, failed: [{ url: 'https://img.example.com/c.png', reason: 'HTTP 404' }] });
    expect(await imagesOf(db, record.id)).toEqual([]);
  });

  test('a failure while writing the images leaves neither record nor body nor any image', async () => {
    // A function cannot be stored (DataCloneError): the second image's write fails.
    const unstorable = { url: 'https://img.example.com/b.png', type: 'image/png', blob: (() => {}) as unknown as Blob };
    await expect(saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1), unstorable], failed: [] })).rejects.toThrow();
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('bodies')).toBe(0);
    expect(await db.count('texts')).toBe(0);
    expect(await db.count('images')).toBe(0);
  });

  test('a failed re-save keeps the earlier save whole, images included', async () => {
    const { record } = await saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1)], failed: [] });
    const unstorable = { url: 'https://img.example.com/b.png', type: 'image/png', blob: (() => {}) as unknown as Blob };
    await expect(saveCapture(db, { ...capture, title: 'Renamed' }, at(2), { kept: [unstorable], failed: [] })).rejects.toThrow();
    expect((await getArticle(db, record.id))?.record.title).toBe('A post with pictures');
    expect((await imagesOf(db, record.id)).map((k) => k.url)).toEqual(['https://img.example.com/a.png']);
  });
});

describe('a retry of the failed images', () => {
  test('adds the images it got and updates the report in one step', async () => {
    const failed = [
      { url: 'https://img.example.com/b.png', reason: 'the server refused it (HTTP 403)' },
      { url: 'https://img.example.com/c.png', reason: 'timed out' },
    ];
    const { record } = await saveCapture(db, capture, at(1), { kept: [image('https://img.example.com/a.png', 1, 2)], failed });
    expect(await imageBytesOf(db, record.id)).toBe(2);
    const report = await addRetriedImages(db, record.id, record.savedAt, [image('https://img.example.com/b.png', 5)], [{ url: 'https://img.example.com/c.png', reason: 'timed out again' }]);
    expect(report).toEqual({ total: 3, saved: 2, failed: [{ url: 'https://img.example.com/c.png', reason: 'timed out again' }] });
    expect((await db.get('articles', record.id))?.images).toEqual(report);
    expect((await imagesOf(db, record.id)).map((k) => k.url).sort()).toEqual(['https://img.example.com/a.png', 'https://img.example.com/b.png']);
  });

  test('does nothing when the article was saved again or deleted meanwhile', async () => {
    const { record } = await saveCapture(db, capture, at(1), { kept: [], failed: [{ url: 'https://img.example.com/a.png', reason: 'x' }] });
    await saveCapture(db, capture, at(2), { kept: [], failed: [{ url: 'https://img.example.com/a.png', reason: 'y' }] });
    expect(await addRetriedImages(db, record.id, 1, [image('https://img.example.com/a.png', 1)], [])).toBeNull();
    expect(await imagesOf(db, record.id)).toEqual([]);
    expect(await addRetriedImages(db, 'no-such-id', 1, [image('https://img.example.com/a.png', 1)], [])).toBeNull();
    expect(await db.count('images')).toBe(0);
  });
});
