// The popup's filters, orders and multi-select over the store: a tag's or a site's articles newest first (saved or published),
// the choices read from the indexes, and several articles deleted (and undone) together.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { deleteArticles, filterChoices, listArticles, listFiltered, passes, restoreArticle } from '../../../src/store/library';
import { editArticle } from '../../../src/store/edit';
import { saveCapture } from '../../../src/store/save';
import { searchArticles } from '../../../src/store/search';
import type { PageCapture } from '../../../src/core/types';

let db: LibraryDB;
let dbCount = 0;

function capture(n: number, siteName: string | null, published: string | null = null): PageCapture {
  const url = `https://${siteName ?? 'nameless'}.example/post-${n}`;
  return { url, canonicalUrl: url, title: `Post ${n}`, byline: null, published, siteName, lang: 'en', description: null, keywords: [], tags: [], categories: [], artid: null, leadImage: null, html: `<p>Body ${n}</p>`, text: `Body ${n}`, readerable: true };
}

beforeEach(async () => {
  db = await openLibrary(`filters-${++dbCount}`);
  // Posts 1–6, saved in that order, from three sites (one without a name); some tagged.
  const sites = ['Alpha', 'Beta', 'Alpha', null, 'Beta', 'Alpha'];
  for (const [i, site] of sites.entries()) await saveCapture(db, capture(i + 1, site), { id: `p${i + 1}`, now: (i + 1) * 1000, offset: 0 });
  await editArticle(db, 'p1', { userTags: ['garden', 'later'] });
  await editArticle(db, 'p4', { userTags: ['garden'] });
  await editArticle(db, 'p5', { userTags: ['later'] });
});

const titles = (records: { title: string }[]) => records.map((r) => r.title);

test('a site’s articles come newest first, paged by the limit', async () => {
  expect(titles(await listFiltered(db, { site: 'Alpha' }))).toEqual(['Post 6', 'Post 3', 'Post 1']);
  expect(titles(await listFiltered(db, { site: 'Alpha' }, 2))).toEqual(['Post 6', 'Post 3']);
  expect(titles(await listFiltered(db, { site: 'Beta' }))).toEqual(['Post 5', 'Post 2']);
  expect(await listFiltered(db, { site: 'Gamma' })).toEqual([]);
});

test('a tag’s articles come newest first, and a tag removed no longer lists the article', async () => {
  expect(titles(await listFiltered(db, { tag: 'garden' }))).toEqual(['Post 4', 'Post 1']);
  expect(titles(await listFiltered(db, { tag: 'later' }, 1))).toEqual(['Post 5']);
  await editArticle(db, 'p4', { userTags: [] });
  expect(titles(await listFiltered(db, { tag: 'garden' }))).toEqual(['Post 1']);
});

test('by published date: newest published first across offsets, then the undated newest saved first', async () => {
  // 10:00 at +08:00 is 02:00 UTC, an hour before 03:00Z: the strings alone would sort them the other way.
  await saveCapture(db, capture(7, 'Alpha', '2024-01-01T10:00:00+08:00'), { id: 'p7', now: 7000, offset: 0 });
  await saveCapture(db, capture(8, 'Beta', '2024-01-01T03:00:00Z'), { id: 'p8', now: 8000, offset: 0 });
  await saveCapture(db, capture(9, 'Alpha', '2023-06-01'), { id: 'p9', now: 9000, offset: 0 });
  await editArticle(db, 'p9', { userTags: ['garden'] });
  expect(titles(await listArticles(db, Infinity, 'published'))).toEqual(['Post 8', 'Post 7', 'Post 9', 'Post 6', 'Post 5', 'Post 4', 'Post 3', 'Post 2', 'Post 1']);
  expect(titles(await listArticles(db, 2, 'published'))).toEqual(['Post 8', 'Post 7']);
  expect(titles(await listFiltered(db, { site: 'Alpha' }, Infinity, 'published'))).toEqual(['Post 7', 'Post 9', 'Post 6', 'Post 3', 'Post 1']);
  expect(titles(await listFiltered(db, { tag: 'garden' }, Infinity, 'published'))).toEqual(['Post 9', 'Post 4', 'Post 1']);
  // Saved order is unchanged by it.
  expect(titles(await listArticles(db, 3))).toEqual(['Post 9', 'Post 8', 'Post 7']);
});

test('the choices are every tag and every named site, once each, sorted', async () => {
  expect(await filterChoices(db)).toEqual({ tags: ['garden', 'later'], sites: ['Alpha', 'Beta'] });
});

test('search hits are narrowed by the same filter', async () => {
  const [p1, p4] = await Promise.all([db.get('articles', 'p1'), db.get('articles', 'p4')]);
  expect(passes(p1!, null)).toBe(true);
  expect(passes(p1!, { tag: 'later' })).toBe(true);
  expect(passes(p4!, { tag: 'later' })).toBe(false);
  expect(passes(p1!, { site: 'Alpha' })).toBe(true);
  expect(passes(p4!, { site: 'Alpha' })).toBe(false);
});

test('several articles are deleted in one go, gone ids skipped, and each comes back whole', async () => {
  expect((await searchArticles(db, '5')).map((hit) => hit.articleId)).toEqual(['p5']);
  const removed = await deleteArticles(db, ['p2', 'p5', 'no-such-article']);
  expect(removed.map((a) => a.record.id)).toEqual(['p2', 'p5']);
  expect(await db.count('articles')).toBe(4);
  expect(await db.count('bodies')).toBe(4);
  expect(await db.count('texts')).toBe(4);
  expect(titles(await listFiltered(db, { site: 'Beta' }))).toEqual([]);
  // The search index forgets them in the same transaction, and the others stay findable.
  expect(await searchArticles(db, 'body')).toHaveLength(4);
  expect(await searchArticles(db, '5')).toEqual([]);
  for (const article of removed) expect(await restoreArticle(db, article)).toBe(true);
  expect(titles(await listFiltered(db, { site: 'Beta' }))).toEqual(['Post 5', 'Post 2']);
  expect(titles(await listFiltered(db, { tag: 'later' }))).toEqual(['Post 5', 'Post 1']);
  expect(await searchArticles(db, 'body')).toHaveLength(6);
});

test('a library written by schema version 3 gains the tag and site indexes over its existing articles', async () => {
  const { readFile } = await import('node:fs/promises');
  const frozen = await import('../../fixtures/schema/v3/create');
  const library = JSON.parse(await readFile(new URL('../../fixtures/schema/v3/library.json', import.meta.url), 'utf8'));
  await frozen.write('filters-from-v3', library);
  const upgraded = await openLibrary('filters-from-v3');
  expect(await filterChoices(upgraded)).toEqual({ tags: ['重试'], sites: ['Field Notes', '稀土掘金'] });
  expect((await listFiltered(upgraded, { tag: '重试' })).map((r) => r.id)).toEqual(['v3-a']);
  expect((await listFiltered(upgraded, { site: 'Field Notes' })).map((r) => r.id)).toEqual(['v3-b']);
  upgraded.close();
});
