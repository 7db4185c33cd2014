// A generated library for the export benchmark and the backup round-trip test: articles with
// Markdown bodies that link their images, and those images kept in the library as Blobs.
import type { ArticleRecord } from '../../../src/core/types';
import { storedRecord, type LibraryDB } from '../../../src/store/db';
import { putBody } from '../../../src/store/bodies';
import { seededRandom as random } from '../random';

export interface LibraryShape {
  articles: number;
  imagesPerArticle: number;
  /** Bytes of each image (random, so they do not compress, as real JPEG/PNG/WebP do not). */
  imageBytes: number;
}

function bytes(next: () => number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += 4) {
    const word = (next() * 4294967296) >>> 0;
    out[i] = word;
    out[i + 1] = word >>> 8;
    out[i + 2] = word >>> 16;
    out[i + 3] = word >>> 24;
  }
  return out;
}

const WORDS = ['cache', 'queue', 'request', 'latency', 'worker', 'index', 'page', 'token', 'stream', 'buffer', 'schema', 'render'];

function paragraph(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.';
}

/** The record of generated article `n`. */
export function generatedRecord(n: number, images: number): ArticleRecord {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: `article-${String(n).padStart(5, '0')}`,
    url: `https://blog.example.org/posts/${n}`,
    canonicalUrl: `https://blog.example.org/posts/${n}`,
    title: `Notes on caching, part ${n}`,
    byline: n % 3 ? 'Ada Example' : null,
    published: `2025-03-${day}T10:00:00+02:00`,
    siteName: 'Example Blog',
    lang: 'en',
    description: `Part ${n} of a generated series.`,
    keywords: ['cache'],
    tags: ['Caching', `part-${n % 10}`],
    categories: ['Systems'],
    artid: String(n),
    leadImage: images ? `https://img.example.org/${n}/figure-0.jpg` : null,
    userTags: n % 5 ? [] : ['to-read'],
    note: n % 7 ? '' : `A note on ${n}`,
    images: { total: images, saved: images, failed: [] },
    createdAt: Date.UTC(2026, 0, 1) + n * 60_000,
    savedAt: Date.UTC(2026, 0, 1) + n * 60_000,
    savedOffset: 60,
  };
}

/** Puts `shape.articles` generated articles with their images into the library. */
export async function fillLibrary(db: LibraryDB, shape: LibraryShape): Promise<void> {
  const next = random(42);
  for (let n = 1; n <= shape.articles; n++) {
    const record = generatedRecord(n, shape.imagesPerArticle);
    const urls = Array.from({ length: shape.imagesPerArticle }, (_, i) => `https://img.example.org/${n}/figure-${i}.jpg`);
    const markdown = [`# ${record.title}`, ...urls.flatMap((url, i) => [paragraph(next, 120), `![Figure ${i}](${url})`]), paragraph(next, 200)].join('\n\n');
    const tx = db.transaction(['articles', 'bodies', 'texts', 'images'], 'readwrite');
    await Promise.all([
      tx.objectStore('articles').put(storedRecord(record)),
      putBody(tx, (request) => request, { id: record.id, html: `<p>${paragraph(next, 40)}</p>`, markdown, text: markdown }),
      ...urls.map((url) => tx.objectStore('images').put({ articleId: record.id, url, type: 'image/jpeg', blob: new Blob([bytes(next, shape.imageBytes) as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }) })),
      tx.done,
    ]);
  }
}
