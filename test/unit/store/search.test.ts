import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { deleteArticle, restoreArticle } from '../../../src/store/library';
import { saveCapture } from '../../../src/store/save';
import { editArticle } from '../../../src/store/edit';
import { PREFIX_SEGMENTS, searchArticles, snippet, startSearch } from '../../../src/store/search';
import { restoreLibrary } from '../../../src/store/backup';
import { articleTerms, BUCKETS, fold, termOf, tokenize } from '../../../src/store/search-tokens';
import { BLOCK, decode, encode, quantise } from '../../../src/store/postings';
import type { PageCapture } from '../../../src/core/types';

let db: LibraryDB;
let dbCount = 0;
let saves = 0;
const ctx = () => ({ id: `id-${saves++}`, now: Date.UTC(2026, 0, 2) + saves, offset: 0 });

function capture(slug: string, title: string, text: string): PageCapture {
  return {
    url: `https://example.org/${slug}`, canonicalUrl: `https://example.org/${slug}`, title, byline: null, published: null,
    siteName: 'Example', lang: 'en', description: null, keywords: [], tags: [], categories: [], artid: null, leadImage: null,
    html: `<p>${text}</p>`, text, readerable: true,
  };
}

/** A CJK pair other than `pair` that the index stores in the same bucket. */
function pairSharingBucketWith(pair: string): string {
  const bucket = termOf(pair);
  for (let a = 0x4e00; a < 0x9fff; a++) {
    for (let b = 0x4e00; b < 0x4e00 + 400; b++) {
      const other = String.fromCodePoint(a, b);
      if (other !== pair && termOf(other) === bucket) return other;
    }
  }
  throw new Error(`no pair shares a bucket with ${pair}`);
}

const ids = async (query: string) => (await searchArticles(db, query)).map((hit) => hit.articleId);

beforeEach(async () => {
  db = await openLibrary(`search-${dbCount++}`);
});

describe('tokenize', () => {
  test('folds case and accents', () => {
    expect(fold('Café ÉLAN')).toBe('cafe elan');
    expect(tokenize('Crème Brûlée, twice!')).toEqual(['creme', 'brulee', 'twice']);
  });
  test('splits Chinese and Japanese runs into overlapping pairs', () => {
    expect(tokenize('数据库索引')).toEqual(['数据', '据库', '库索', '索引']);
    expect(tokenize('Go语言 ひらがな')).toEqual(['go', '语言', 'ひら', 'らが', 'がな']);
  });
  test('weighs title hits over body hits', () => {
    const terms = articleTerms({ title: 'Gardens', siteName: null, tags: [], text: 'gardens' });
    expect(terms.get('gardens')).toBe(9);
  });
});

describe('search index', () => {
  test('finds Latin words case- and accent-insensitively, and a prefix of the last word', async () => {
    const { record } = await saveCapture(db, capture('a', 'Notes', 'A café near the harbour'), ctx());
    await saveCapture(db, capture('b', 'Other', 'Nothing relevant here'), ctx());
    expect(await ids('CAFE')).toEqual([record.id]);
    expect(await ids('harb')).toEqual([record.id]);
    expect(await ids('café harbour')).toEqual([record.id]);
    expect(await ids('cafe missingword')).toEqual([]);
  });

  test('finds Chinese text by any two-character substring', async () => {
    const { record } = await saveCapture(db, capture('zh', '笔记', '分布式数据库的索引设计'), ctx());
    for (const query of ['数据', '据库的', '索引设计']) expect(await ids(query)).toEqual([record.id]);
    expect(await ids('设索')).toEqual([]);
  });

  test('ranks a title hit above a passing mention', async () => {
    const mention = await saveCapture(db, capture('m', 'Weekly links', 'one line about rust among many other words'), ctx());
    const title = await saveCapture(db, capture('t', 'Rust ownership', 'borrowing and lifetimes'), ctx());
    expect(await ids('rust')).toEqual([title.record.id, mention.record.id]);
  });

  test('follows edit, delete and undo', async () => {
    const { record } = await saveCapture(db, capture('e', 'Draft', 'plain words'), ctx());
    await editArticle(db, record.id, { title: 'Lighthouse keeping', userTags: ['coast'] });
    expect(await ids('lighthouse')).toEqual([record.id]);
    expect(await ids('coast')).toEqual([record.id]);
    expect(await ids('draft')).toEqual([]);
    const removed = await deleteArticle(db, record.id);
    expect(await ids('plain')).toEqual([]);
    // Nothing of the article is left in the index: no article number, no posting.
    expect(await db.count('docs')).toBe(0);
    expect(await db.count('postings')).toBe(0);
    await restoreArticle(db, removed!);
    expect(await ids('coast')).toEqual([record.id]);
  });

  test('a re-save keeps the user tags searchable and drops words the page lost', async () => {
    const { record } = await saveCapture(db, capture('r', 'Page', 'old paragraph'), ctx());
    await editArticle(db, record.id, { userTags: ['keeper'] });
    await saveCapture(db, capture('r', 'Page', 'new paragraph'), ctx());
    expect(await ids('keeper')).toEqual([record.id]);
    expect(await ids('old')).toEqual([]);
    expect(await ids('new')).toEqual([record.id]);
  });
});

describe('packed index', () => {
  test('postings round-trip through the packed form, a term met once in one byte', () => {
    const postings = new Map([[BLOCK * 3 + 1, quantise(1)], [BLOCK * 3 + 2, quantise(9)], [BLOCK * 3 + 400, quantise(1)]]);
    const bytes = encode(3, postings);
    expect(bytes.length).toBe(1 + 2 + 2);
    const back = new Map<number, number>();
    decode(3, bytes, (no, q) => back.set(no, q));
    expect(back).toEqual(postings);
  });

  test('CJK pairs are stored under a bucket number, words under themselves', () => {
    expect(termOf('retry')).toBe('retry');
    const bucket = termOf('配置');
    expect(typeof bucket).toBe('number');
    expect(bucket).toBeLessThan(BUCKETS);
  });

  test('a CJK pair that shares a bucket with the query is not a hit', async () => {
    const other = pairSharingBucketWith('配置');
    const { record } = await saveCapture(db, capture('real', '笔记', '配置文件'), ctx());
    await saveCapture(db, capture('clash', '笔记', `${other}。`), ctx());
    expect(await ids('配置')).toEqual([record.id]);
  });

  test('results read a few at a time continue where the last read stopped, checked hits included', async () => {
    const other = pairSharingBucketWith('配置');
    // Real matches interleaved with articles that only share the query's bucket (and rank higher).
    for (let i = 0; i < 12; i++) {
      await saveCapture(db, capture(`real-${i}`, '笔记', `配置。`.repeat(i + 1)), ctx());
      await saveCapture(db, capture(`clash-${i}`, '笔记', `${other}。`.repeat(i + 2)), ctx());
      await saveCapture(db, capture(`latin-${i}`, 'Notes', 'harbour '.repeat(i + 1)), ctx());
    }
    for (const query of ['配置', 'harb']) {
      const whole = (await searchArticles(db, query, 100)).map((hit) => hit.articleId);
      expect(whole).toHaveLength(12);
      const results = await startSearch(db, query);
      const pieces = [];
      for (let read = 0; read < 3; read++) pieces.push(...(await results.next(5)).map((hit) => hit.articleId));
      expect(pieces).toEqual(whole);
      expect(await results.next(5)).toEqual([]);
    }
  });

  test('finds Chinese text by a two-character substring from the middle of a long run', async () => {
    const { record } = await saveCapture(db, capture('zh2', '标题', '今天我们讨论服务器的配置文件怎样写'), ctx());
    expect(await ids('配置')).toEqual([record.id]);
    expect(await ids('配置文件')).toEqual([record.id]);
    expect(await ids('器的')).toEqual([record.id]);
  });

  test('a prefix reads a bounded number of segments: the first completions in key order', async () => {
    // More words starting with "zq" than the cap can hold, each in its own article.
    const words = Array.from({ length: PREFIX_SEGMENTS + 20 }, (_, i) => `zq${String(i).padStart(4, '0')}`);
    const articles = words.map((word, i) => {
      const c = capture(`p${i}`, 'Prefix', word);
      const record = { ...c, id: `p-${i}`, userTags: [], note: '', images: { total: 0, saved: 0, failed: [] }, createdAt: i, savedAt: i, savedOffset: 0 };
      return { record, body: { id: record.id, html: '', markdown: word, text: word }, images: [] };
    });
    await restoreLibrary(db, articles as never);
    const hits = await searchArticles(db, 'zq', 10_000);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(PREFIX_SEGMENTS);
    // The completions searched are the first ones; a longer prefix reaches the later ones.
    expect(hits.map((h) => h.articleId)).toContain('p-0');
    expect(hits.map((h) => h.articleId)).not.toContain(`p-${PREFIX_SEGMENTS + 19}`);
    expect(await ids(words.at(-1)!.slice(0, 5))).toContain(`p-${PREFIX_SEGMENTS + 19}`);
    // One letter reads a quarter as many: still the first completions.
    const one = (await searchArticles(db, 'z', 10_000)).map((h) => h.articleId);
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(PREFIX_SEGMENTS / 4);
    expect(one).toContain('p-0');
  });

  test('many matches come best first, read in pieces past the first screenful, ties in saved order', async () => {
    const articles = Array.from({ length: 300 }, (_, i) => {
      const text = 'harbour '.repeat(1 + ((i * 37) % 11));
      const c = capture(`many-${i}`, 'Many', text);
      const record = { ...c, id: `many-${i}`, userTags: [], note: '', images: { total: 0, saved: 0, failed: [] }, createdAt: i, savedAt: i, savedOffset: 0 };
      return { record, body: { id: record.id, html: '', markdown: text, text }, images: [] };
    });
    await restoreLibrary(db, articles as never);
    const whole = await searchArticles(db, 'harbour', 1000);
    expect(whole).toHaveLength(300);
    const n = (hit: { articleId: string }) => Number(hit.articleId.slice(5));
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [whole[i - 1]!, whole[i]!];
      expect(a.score > b.score || (a.score === b.score && n(a) < n(b)), `${a.articleId} before ${b.articleId}`).toBe(true);
    }
    // More repeats, higher score; equal scores keep the order the articles were numbered in.
    const repeats = (hit: { articleId: string }) => 1 + ((n(hit) * 37) % 11);
    expect(repeats(whole[0]!)).toBe(11);
    expect(repeats(whole.at(-1)!)).toBe(1);
    const results = await startSearch(db, 'harbour');
    const pieces = [];
    for (const size of [8, 22, 100, 200]) pieces.push(...(await results.next(size)));
    expect(pieces.map((hit) => hit.articleId)).toEqual(whole.map((hit) => hit.articleId));
  });

  test('a backup restore indexes added articles and reindexes those it updates', async () => {
    const { record } = await saveCapture(db, capture('bk', 'Harbour', 'first version'), ctx());
    const newer = { ...record, savedAt: record.savedAt + 1000, userTags: ['archive'] };
    const other = { ...record, id: 'bk-2', canonicalUrl: 'https://example.org/bk2', title: 'Lantern' };
    await restoreLibrary(db, [
      { record: newer, body: { id: record.id, html: '', markdown: '', text: 'second version' }, images: [] },
      { record: other, body: { id: 'bk-2', html: '', markdown: '', text: '灯塔守护' }, images: [] },
    ]);
    expect(await ids('first')).toEqual([]);
    expect(await ids('second archive')).toEqual([record.id]);
    expect(await ids('lantern')).toEqual(['bk-2']);
    expect(await ids('灯塔')).toEqual(['bk-2']);
  });
});

describe('snippet', () => {
  test('shows the text around the first match, keeping original characters', () => {
    const text = 'x '.repeat(100) + 'the Café opens at dawn ' + 'y '.repeat(100);
    const out = snippet(text, 'cafe', 20);
    expect(out).toContain('Café opens');
    expect(out.startsWith('…')).toBe(true);
  });
  test('maps back to the original where folding changes the length (decomposed accents, İ)', () => {
    const text = 'İ'.repeat(80) + ' the Cafe\u0301 opens at dawn ' + 'y '.repeat(100);
    const out = snippet(text, 'cafe', 20);
    expect(out).toContain('Cafe\u0301 opens');
    expect(out.startsWith('…')).toBe(true);
  });
  test('falls back to the start when the text has no match', () => {
    expect(snippet('short text', 'absent')).toBe('short text');
  });
});

describe('upgrade from version 2', () => {
  test('indexes articles saved before the index existed', async () => {
    const { openDB } = await import('idb');
    const name = `search-upgrade-${dbCount++}`;
    const old = await openDB(name, 2, {
      upgrade(v2) {
        const articles = v2.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
        articles.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
        v2.createObjectStore('bodies', { keyPath: 'id' });
        v2.createObjectStore('images', { keyPath: ['articleId', 'url'] }).createIndex('articleId', 'articleId');
      },
    });
    await old.put('articles', { id: 'old-1', canonicalUrl: 'https://example.org/old', title: 'Tidal charts', siteName: 'Sea', userTags: ['boats'], savedAt: 1 });
    await old.put('bodies', { id: 'old-1', html: '', markdown: '', text: '潮汐表与航海' });
    old.close();
    db = await openLibrary(name);
    for (const query of ['tidal', 'boats', 'sea', '航海']) expect(await ids(query)).toEqual(['old-1']);
  });
});
