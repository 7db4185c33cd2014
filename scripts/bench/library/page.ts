// Bundled by scripts/bench/library.ts and evaluated in an extension page of the built extension:
// fills and measures the library through the store's own code (src/store).
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { saveCapture } from '../../../src/store/save';
import { restoreLibrary } from '../../../src/store/backup';
import type { BackupArticle } from '../../../src/core/backup/format';
import { searchLibrary } from '../../../src/popup/library/search';
import type { ArticleRecord, PageCapture } from '../../../src/core/types';
import { generateArticle, type GeneratedArticle } from './generate';

const encoder = new TextEncoder();
/** Rows the popup shows before reading the rest of a search's matches (FIRST_PAINT in popup.ts). */
const FIRST_SCREEN = 8;
const dbs = new Map<string, LibraryDB>();
async function library(name: string): Promise<LibraryDB> {
  if (!dbs.has(name)) dbs.set(name, await openLibrary(name));
  return dbs.get(name)!;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const idOf = (i: number) => `bench-${String(i).padStart(6, '0')}`;

function captureOf(article: GeneratedArticle, url: string): PageCapture {
  return {
    url,
    canonicalUrl: url,
    title: article.title,
    byline: null,
    published: null,
    siteName: 'Bench Site',
    lang: null,
    description: null,
    keywords: [],
    tags: [],
    categories: [],
    artid: null,
    leadImage: null,
    html: article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n'),
    text: article.paragraphs.join('\n'),
    readerable: true,
  };
}

/**
 * Writes articles [from, to) through restoreLibrary — the store's bulk path, which a backup
 * restore takes: records, bodies and the index in one transaction, each index segment written once
 * per batch — without the HTML→Markdown conversion: the Markdown stored is the paragraphs joined,
 * as the conversion of `<p>` paragraphs gives. Returns the UTF-8 bytes of the text indexed.
 */
async function fill(seed: number, from: number, to: number): Promise<{ textBytes: number }> {
  const db = await library('keepmark');
  let textBytes = 0;
  const articles: BackupArticle[] = [];
  for (let i = from; i < to; i++) {
    const article = generateArticle(seed, i);
    const capture = captureOf(article, `https://bench.example/${i}`);
    const { html, text, readerable: _r, ...fields } = capture;
    const now = Date.UTC(2024, 0, 1) + i * 60_000;
    const record: ArticleRecord = { ...fields, id: idOf(i), userTags: article.tags, note: '', images: { total: 0, saved: 0, failed: [] }, createdAt: now, savedAt: now, savedOffset: 0 };
    textBytes += encoder.encode(record.title + (record.siteName ?? '') + record.userTags.join(' ') + text).length;
    articles.push({ record, body: { id: record.id, html, markdown: article.paragraphs.join('\n\n'), text }, images: [] });
  }
  const outcome = await restoreLibrary(db, articles);
  if (outcome.added !== articles.length) throw new Error(`restoreLibrary added ${outcome.added} of ${articles.length} articles`);
  return { textBytes };
}

/**
 * Bytes the index holds as Chromium's IndexedDB writes them: each key in its encoding (a type
 * byte, a length, UTF-16 strings, 8-byte numbers) and each value in its structured-clone form (the
 * packed bytes plus ~12 bytes of Uint8Array wrapper); the article-number store with its id index.
 */
async function indexSize(): Promise<{ segments: number; postingBytes: number; docs: number; docBytes: number }> {
  const db = await library('keepmark');
  const keyBytes = (key: unknown): number =>
    Array.isArray(key) ? 2 + key.reduce((n: number, k) => n + keyBytes(k), 0) : typeof key === 'string' ? 2 + 2 * key.length : 9;
  let segments = 0;
  let postingBytes = 0;
  let lower: IDBKeyRange | null = null;
  for (;;) {
    const tx = db.transaction('postings');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(lower, 20_000), tx.store.getAll(lower, 20_000)]);
    if (keys.length === 0) break;
    segments += keys.length;
    keys.forEach((key, i) => (postingBytes += keyBytes(key) + values[i]!.byteLength + 12));
    lower = IDBKeyRange.lowerBound(keys.at(-1)!, true);
  }
  const docs = await db.getAll('docs');
  const docBytes = docs.reduce((n, d) => n + keyBytes(d.no) + encoder.encode(JSON.stringify(d)).length + keyBytes(d.id) + keyBytes(d.no), 0);
  return { segments, postingBytes, docs: docs.length, docBytes };
}

const RUN = Date.now().toString(36);

/**
 * Times saveCapture (the real save: conversion, index, one transaction) of one article, new to the
 * library: its address and id carry the run's time, so a kept library is not saved over.
 */
async function timeSave(dbName: string, seed: number, index: number, rep: number): Promise<number> {
  const db = await library(dbName);
  const run = `${RUN}-${rep}`;
  const capture = captureOf(generateArticle(seed, index), `https://bench.example/save-${dbName}-${run}`);
  const t0 = performance.now();
  await saveCapture(db, capture, { id: `save-${run}`, now: Date.now(), offset: 0 });
  return performance.now() - t0;
}

/**
 * Times the popup's search per prefix of `query`, in its two parts: the index read and ranked
 * (searchLibrary), then the first screenful's records, bodies and snippets (next(FIRST_SCREEN)).
 */
async function timeSearch(query: string): Promise<{ prefix: string; rank: number; first: number; found: number }[]> {
  const db = await library('keepmark');
  const out = [];
  for (const c of Array.from(query).keys()) {
    const prefix = Array.from(query).slice(0, c + 1).join('');
    const t0 = performance.now();
    const results = await searchLibrary(db, prefix);
    const t1 = performance.now();
    const found = await results.next(FIRST_SCREEN);
    out.push({ prefix, rank: t1 - t0, first: performance.now() - t1, found: found.length });
  }
  return out;
}

async function sizes(): Promise<{ count: number; usage: number; index: Awaited<ReturnType<typeof indexSize>> }> {
  const db = await library('keepmark');
  const count = await db.count('articles');
  const { usage = 0 } = await navigator.storage.estimate();
  return { count, usage, index: await indexSize() };
}

async function clear(dbName: string): Promise<void> {
  const db = await library(dbName);
  const stores = ['articles', 'bodies', 'texts', 'images', 'postings', 'docs'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
  await tx.done;
}

(globalThis as Record<string, unknown>).keepmarkBench = { fill, timeSave, timeSearch, sizes, clear };
