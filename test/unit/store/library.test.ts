import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { openLibrary, storedRecord, type LibraryDB } from '../../../src/store/db';
import { deleteArticle, forEachArticle, getArticle, listArticles, restoreArticle } from '../../../src/store/library';
import { saveCapture } from '../../../src/store/save';
import { imagesOf } from '../../../src/store/images';
import type { PageCapture } from '../../../src/core/types';

let db: LibraryDB;
let dbCount = 0;

function capture(n: number, overrides: Partial<PageCapture> = {}): PageCapture {
  return {
    url: `https://example.org/post-${n}?utm_source=x`,
    canonicalUrl: `https://example.org/post-${n}`,
    title: `Post ${n}`,
    byline: null,
    published: null,
    siteName: 'Example',
    lang: 'en',
    description: null,
    keywords: [],
    tags: [],
    categories: [],
    artid: null,
    leadImage: null,
    html: `<p>Body of post ${n}</p>`,
    text: `Body of post ${n}`,
    readerable: true,
    ...overrides,
  };
}

const at = (now: number) => ({ id: `id-${now}`, now, offset: 0 });

beforeEach(async () => {
  db = await openLibrary(`test-${++dbCount}`);
});

describe('the library', () => {
  test('a save stores the record and its body apart, with the Markdown', async () => {
    const { record, updated } = await saveCapture(db, capture(1), at(1000));
    expect(updated).toBe(false);
    const stored = await getArticle(db, record.id);
    expect(stored?.record.title).toBe('Post 1');
    expect(stored?.body.markdown).toBe('Body of post 1\n');
    expect(await db.count('bodies')).toBe(1);
    expect(await db.count('texts')).toBe(1);
    expect('html' in (await db.get('articles', record.id))!).toBe(false);
  });

  test('re-saving the same canonical URL updates in place and keeps the user’s tags', async () => {
    const first = await saveCapture(db, capture(1), at(1000));
    const tagged = { ...first.record, userTags: ['keep-me'] };
    await db.put('articles', storedRecord(tagged));
    const second = await saveCapture(db, capture(1, { title: 'Post 1, revised', url: 'https://example.org/post-1#comments' }), at(2000));
    expect(second.updated).toBe(true);
    expect(second.record.id).toBe(first.record.id);
    expect(second.record.userTags).toEqual(['keep-me']);
    expect(second.record.createdAt).toBe(1000);
    expect(second.record.savedAt).toBe(2000);
    expect(await db.count('articles')).toBe(1);
    expect(await db.count('bodies')).toBe(1);
    expect(await db.count('texts')).toBe(1);
  });

  test('lists newest first without reading bodies, and honours a limit', async () => {
    for (const n of [1, 2, 3]) await saveCapture(db, capture(n), at(n * 1000));
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Post 3', 'Post 2', 'Post 1']);
    expect((await listArticles(db, 2)).map((a) => a.title)).toEqual(['Post 3', 'Post 2']);
  });

  test('delete returns the article whole; undo puts it back', async () => {
    const { record } = await saveCapture(db, capture(1), at(1000));
    const removed = await deleteArticle(db, record.id);
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('bodies')).toBe(0);
    expect(await db.count('texts')).toBe(0);
    expect(await restoreArticle(db, removed!)).toBe(true);
    expect((await getArticle(db, record.id))?.body.text).toBe('Body of post 1');
  });

  test('delete takes the article’s kept images with it, and undo brings them back', async () => {
    const { record } = await saveCapture(db, capture(1), at(1000));
    const other = await saveCapture(db, capture(2), at(1001));
    const image = (articleId: string, url: string) => ({ articleId, url, blob: new Blob(['png']), type: 'image/png' });
    await db.put('images', image(record.id, 'https://example.org/a.png'));
    await db.put('images', image(record.id, 'https://example.org/b.png'));
    await db.put('images', image(other.record.id, 'https://example.org/a.png'));
    const removed = await deleteArticle(db, record.id);
    expect(removed?.images.map((i) => i.url).sort()).toEqual(['https://example.org/a.png', 'https://example.org/b.png']);
    expect(await imagesOf(db, record.id)).toEqual([]);
    expect(await imagesOf(db, other.record.id)).toHaveLength(1);
    await restoreArticle(db, removed!);
    expect(await imagesOf(db, record.id)).toHaveLength(2);
  });

  test('undo does not overwrite a newer save of the same page', async () => {
    const { record } = await saveCapture(db, capture(1), at(1000));
    const removed = await deleteArticle(db, record.id);
    await saveCapture(db, capture(1, { title: 'Newer' }), at(2000));
    expect(await restoreArticle(db, removed!)).toBe(false);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Newer']);
  });

  test('visits every article with its body, oldest first', async () => {
    for (const n of [1, 2]) await saveCapture(db, capture(n), at(n * 1000));
    const seen: string[] = [];
    expect(await forEachArticle(db, (record, body) => void seen.push(`${record.title}:${body.text}`))).toBe(2);
    expect(seen).toEqual(['Post 1:Body of post 1', 'Post 2:Body of post 2']);
  });

  test('a save whose body cannot be stored leaves no record behind', async () => {
    await saveCapture(db, capture(9), at(1000));
    // The record is written first; this body then fails to store, as a value IndexedDB cannot clone does.
    const unstorable = { toString: () => '<p>Body of post 10</p>' } as unknown as string;
    await expect(saveCapture(db, capture(10, { html: unstorable }), at(2000))).rejects.toThrow(/clone/i);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Post 9']);
    expect(await db.count('bodies')).toBe(1);
    expect(await db.count('texts')).toBe(1);
  });
});
