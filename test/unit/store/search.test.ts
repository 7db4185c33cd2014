import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { deleteArticle, restoreArticle } from '../../../src/store/library';
import { saveCapture } from '../../../src/store/save';
import { editArticle } from '../../../src/store/edit';
import { searchArticles, snippet } from '../../../src/store/search';
import { articleTerms, fold, tokenize } from '../../../src/store/search-tokens';
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
    expect(await db.count('terms')).toBe(0);
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

describe('upgrade to version 3', () => {
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
