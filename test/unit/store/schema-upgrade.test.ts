// A library written by every earlier schema version opens with today's code, nothing lost; a
// library from a newer version is refused untouched. Fixtures: test/fixtures/schema/vN/.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, LibraryTooNewError, openLibrary, storedRecord } from '../../../src/store/db';
import type { ArticleRecord } from '../../../src/core/types';
import { imagesOf } from '../../../src/store/images';
import { readBody } from '../../../src/store/bodies';
import { saveCapture } from '../../../src/store/save';
import { searchArticles } from '../../../src/store/search';
import { imageBlob, type FixtureLibrary } from '../../fixtures/schema/fixture';

const SCHEMA_DIR = new URL('../../fixtures/schema/', import.meta.url);
const versions = readdirSync(SCHEMA_DIR)
  .filter((name) => /^v\d+$/.test(name))
  .map((name) => Number(name.slice(1)))
  .sort((a, b) => a - b);

interface FrozenVersion {
  version: number;
  write(name: string, library: FixtureLibrary): Promise<void>;
}

const load = async (v: number) => ({
  frozen: (await import(`../../fixtures/schema/v${v}/create.ts`)) as FrozenVersion,
  library: JSON.parse(readFileSync(new URL(`v${v}/library.json`, SCHEMA_DIR), 'utf8')) as FixtureLibrary,
});

/** Every field a record saved by today's code has, with the type of its value. */
async function currentRecordShape(): Promise<Record<string, string>> {
  const db = await openLibrary('schema-shape');
  const capture = { url: 'https://example.org/a', canonicalUrl: 'https://example.org/a', title: 'A', byline: null, published: null, siteName: null, lang: null, description: null, keywords: [], tags: [], categories: [], artid: null, leadImage: null, html: '<p>a</p>', text: 'a', readerable: true };
  await saveCapture(db, capture, { id: 'shape', now: 0, offset: 0 });
  const record = (await db.get('articles', 'shape'))!;
  db.close();
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === null ? 'nullable' : Array.isArray(value) ? 'array' : typeof value]));
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

test('there is a fixture for every schema version up to the current one', () => {
  expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
});

describe.each(versions)('a library written by schema version %i', (v) => {
  test('opens with today’s code with every article, body and image kept, and new fields filled in', async () => {
    const { frozen, library } = await load(v);
    expect(frozen.version).toBe(v);
    const name = `schema-v${v}`;
    await frozen.write(name, library);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);

    const shape = await currentRecordShape();
    expect(await db.count('articles')).toBe(library.articles.length);
    for (const old of library.articles) {
      const record = (await db.get('articles', old.id)) as unknown as Record<string, unknown>;
      // Everything the old version wrote is kept as it was...
      expect(record).toMatchObject(old);
      // ...and the record has every field a record saved today has, of the right type.
      for (const [key, type] of Object.entries(shape)) {
        expect(key in record, `${old.id}.${key}`).toBe(true);
        if (type !== 'nullable') expect(typeOf(record[key]), `${old.id}.${key}`).toBe(type);
      }
    }
    // Every body whole: from version 7 on its text is kept apart, and read back with it.
    for (const body of library.bodies) {
      const text = library.texts?.find((t) => t.id === body.id)?.text;
      expect(await readBody(db.transaction(['bodies', 'texts']), body.id)).toEqual(text === undefined ? body : { ...body, text });
      expect(await db.get('bodies', body.id), 'the text is not kept twice').not.toHaveProperty('text');
    }
    for (const old of library.images ?? []) {
      const kept = (await imagesOf(db, old.articleId)).find((image) => image.url === old.url);
      expect(kept?.type).toBe(old.type);
      expect(Buffer.from(await kept!.blob.arrayBuffer())).toEqual(Buffer.from(await imageBlob(old).arrayBuffer()));
    }
    // The indexes work on the upgraded data: the list order and the one-copy-per-page rule.
    const bySavedAt = [...library.articles].sort((a, b) => (a.savedAt as number) - (b.savedAt as number)).map((a) => a.id);
    expect(await db.getAllKeysFromIndex('articles', 'savedAt')).toEqual(bySavedAt);
    const byPublished = library.articles.map((a) => storedRecord(a as unknown as ArticleRecord)).sort((a, b) => a.publishedOrder - b.publishedOrder).map((a) => a.id);
    expect(await db.getAllKeysFromIndex('articles', 'publishedOrder')).toEqual(byPublished);
    const first = library.articles[0];
    expect((await db.getFromIndex('articles', 'canonicalUrl', first.canonicalUrl as string))?.id).toBe(first.id);
    db.close();
  });

  test('is searchable after the upgrade: every article is found by a word of its title', async () => {
    const { frozen, library } = await load(v);
    const name = `schema-search-v${v}`;
    await frozen.write(name, library);
    const db = await openLibrary(name);
    for (const old of library.articles) {
      // The title's first word (for CJK, its first two characters) finds the article.
      const title = old.title as string;
      const query = /^[\p{Script=Han}]/u.test(title) ? title.slice(0, 2) : title.split(/\s+/)[0];
      const hits = await searchArticles(db, query);
      expect(hits.map((hit) => hit.articleId), `${old.id}: ${query}`).toContain(old.id);
    }
    db.close();
  });
});

test('version 2 gives version 1 records an empty note and image report', async () => {
  const { frozen, library } = await load(1);
  await frozen.write('schema-defaults-v1', library);
  const db = await openLibrary('schema-defaults-v1');
  for (const old of library.articles) {
    const record = await db.get('articles', old.id);
    expect(record?.note).toBe('');
    expect(record?.images).toEqual({ total: 0, saved: 0, failed: [] });
  }
  db.close();
});

describe('a library written by a newer version of Keepmark', () => {
  test('is refused with a clear message and left exactly as it was', async () => {
    const { frozen, library } = await load(versions.at(-1)!);
    const name = 'schema-from-the-future';
    await frozen.write(name, library);
    // A later Keepmark moved the library on to a version this code does not know.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, DB_VERSION + 5);
      open.onupgradeneeded = () => open.result.createObjectStore('future');
      open.onsuccess = () => (open.result.close(), resolve());
      open.onerror = () => reject(open.error);
    });

    const refusal = openLibrary(name);
    await expect(refusal).rejects.toBeInstanceOf(LibraryTooNewError);
    await expect(refusal).rejects.toThrow(/saved by a newer version of Keepmark\. Update Keepmark/);

    const after = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    expect(after.version).toBe(DB_VERSION + 5);
    expect([...after.objectStoreNames].sort()).toContain('future');
    const count = await new Promise<number>((resolve) => {
      const req = after.transaction('articles').objectStore('articles').count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(count).toBe(library.articles.length);
    after.close();
  });
});
