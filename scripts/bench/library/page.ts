// Bundled by scripts/bench/library.ts and evaluated in an extension page of the built extension:
// fills and measures the library through the store's own code (src/store).
import { openLibrary, type LibraryDB } from '../../../src/store/db';
import { saveCapture } from '../../../src/store/save';
import { writeTerms } from '../../../src/store/search';
import { articleTerms, searchFieldsOf } from '../../../src/store/search-tokens';
import { findArticles } from '../../../src/popup/library/search';
import type { ArticleRecord, PageCapture } from '../../../src/core/types';
import { generateArticle, type GeneratedArticle } from './generate';

const encoder = new TextEncoder();
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
 * Writes articles [from, to) as saveCapture writes them (record, body, terms via the store's
 * articleTerms and writeTerms), 25 to a transaction, without the HTML→Markdown conversion:
 * the Markdown stored is the paragraphs joined, as the conversion of `<p>` paragraphs gives.
 * Returns the bytes counted for the index-size figure.
 */
async function fill(seed: number, from: number, to: number): Promise<{ textBytes: number; termRows: number; termBytes: number }> {
  const db = await library('keepmark');
  let textBytes = 0;
  let termRows = 0;
  let termBytes = 0;
  for (let start = from; start < to; start += 25) {
    const rows = [];
    for (let i = start; i < Math.min(to, start + 25); i++) {
      const article = generateArticle(seed, i);
      const capture = captureOf(article, `https://bench.example/${i}`);
      const { html, text, readerable: _r, ...fields } = capture;
      const now = Date.UTC(2024, 0, 1) + i * 60_000;
      const record: ArticleRecord = { ...fields, id: idOf(i), userTags: article.tags, note: '', images: { total: 0, saved: 0, failed: [] }, createdAt: now, savedAt: now, savedOffset: 0 };
      const terms = articleTerms(searchFieldsOf(record, text));
      // Bytes the index rows hold, serialized: {token, articleId, tf} as JSON, UTF-8.
      for (const [token, tf] of terms) termBytes += encoder.encode(JSON.stringify({ token, articleId: record.id, tf })).length;
      termRows += terms.size;
      textBytes += encoder.encode(record.title + (record.siteName ?? '') + record.userTags.join(' ') + text).length;
      rows.push({ record, body: { id: record.id, html, markdown: article.paragraphs.join('\n\n'), text }, terms });
    }
    const tx = db.transaction(['articles', 'bodies', 'terms'], 'readwrite');
    const track = <P>(p: Promise<P>) => p;
    await Promise.all(rows.flatMap(({ record, body, terms }) => [tx.objectStore('articles').put(record), tx.objectStore('bodies').put(body), writeTerms(tx, track, record.id, terms)]));
    await tx.done;
  }
  return { textBytes, termRows, termBytes };
}

/** Times saveCapture (the real save: conversion, index, one transaction) of one article. */
async function timeSave(dbName: string, seed: number, index: number, rep: number): Promise<number> {
  const db = await library(dbName);
  const capture = captureOf(generateArticle(seed, index), `https://bench.example/save-${dbName}-${rep}`);
  const t0 = performance.now();
  await saveCapture(db, capture, { id: `save-${rep}`, now: Date.now(), offset: 0 });
  return performance.now() - t0;
}

/** Times findArticles (the popup's search: index lookup, records, bodies, snippets) per prefix of `query`. */
async function timeSearch(query: string): Promise<{ prefix: string; ms: number; found: number }[]> {
  const db = await library('keepmark');
  const out = [];
  for (const c of Array.from(query).keys()) {
    const prefix = Array.from(query).slice(0, c + 1).join('');
    const t0 = performance.now();
    const found = await findArticles(db, prefix);
    out.push({ prefix, ms: performance.now() - t0, found: found.length });
  }
  return out;
}

async function sizes(): Promise<{ count: number; usage: number }> {
  const db = await library('keepmark');
  const count = await db.count('articles');
  const { usage = 0 } = await navigator.storage.estimate();
  return { count, usage };
}

async function clear(dbName: string): Promise<void> {
  const db = await library(dbName);
  const tx = db.transaction(['articles', 'bodies', 'images', 'terms'], 'readwrite');
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('bodies').clear(), tx.objectStore('images').clear(), tx.objectStore('terms').clear()]);
  await tx.done;
}

(globalThis as Record<string, unknown>).keepmarkBench = { fill, timeSave, timeSearch, sizes, clear };
