import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { resolveObjectURL } from 'node:buffer';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportProgress } from '../../../src/shared/messages';

// The extension APIs the export touches: progress messages (no popup open: they are refused) and downloads.
const fake = vi.hoisted(() => ({ progress: [] as unknown[], downloads: [] as Array<{ url: string; filename: string }> }));

vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        fake.progress.push(message);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    // No settings stored: the defaults apply.
    storage: { sync: { get: async () => ({}), set: async () => {}, remove: async () => {} } },
    downloads: { download: async (options: { url: string; filename: string }) => void fake.downloads.push(options) },
  },
}));

const { exportArticle, exportArticles } = await import('../../../src/background/export');
const { openLibrary } = await import('../../../src/store/db');
const { fillLibrary } = await import('../../../scripts/bench/export/library');

async function downloaded(n = 0): Promise<Record<string, Uint8Array>> {
  const blob = resolveObjectURL(fake.downloads[n].url)!;
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

beforeAll(async () => {
  const db = await openLibrary();
  await fillLibrary(db, { articles: 3, imagesPerArticle: 2, imageBytes: 32 });
  db.close();
});

beforeEach(() => {
  fake.progress = [];
  fake.downloads = [];
});

describe('background export', () => {
  test('exports the chosen articles in the chosen preset, with their images, reporting progress though no popup listens', async () => {
    const outcome = await exportArticles(['article-00001', 'article-00003'], 'hugo');
    expect(outcome).toEqual({ fileName: expect.stringMatching(/^keepmark-articles-\d{4}-\d{2}-\d{2}\.zip$/), count: 2, leftOut: 0 });
    const files = await downloaded();
    expect(Object.keys(files).sort()).toEqual([
      'content/posts/notes-on-caching-part-1/figure-0.jpg',
      'content/posts/notes-on-caching-part-1/figure-1.jpg',
      'content/posts/notes-on-caching-part-1/index.md',
      'content/posts/notes-on-caching-part-3/figure-0.jpg',
      'content/posts/notes-on-caching-part-3/figure-1.jpg',
      'content/posts/notes-on-caching-part-3/index.md',
    ]);
    expect(strFromU8(files['content/posts/notes-on-caching-part-3/index.md'])).toContain('![Figure 1](figure-1.jpg)');
    const progress = fake.progress as ExportProgress[];
    expect(progress[0]).toEqual({ kind: 'export-progress', done: 0, total: 2 });
    expect(progress.at(-1)).toEqual({ kind: 'export-progress', done: 2, total: 2 });
  });

  test('an article gone from the library is listed in the report; the rest is exported', async () => {
    const outcome = await exportArticles(['article-00002', 'no-such-article'], 'jekyll');
    expect(outcome).toMatchObject({ count: 1, leftOut: 1 });
    expect(strFromU8((await downloaded())['keepmark-export-report.txt'])).toContain('no-such-article\n  - the article: it is no longer in your library');
  });

  test('one article as .md links the original images; as .zip it carries them, named like the post', async () => {
    expect(await exportArticle('article-00002', 'obsidian', 'md')).toEqual({ fileName: 'Notes on caching, part 2.md', count: 1 });
    expect(await (resolveObjectURL(fake.downloads[0].url)!.text())).toContain('![Figure 0](https://img.example.org/2/figure-0.jpg)');
    expect(await exportArticle('article-00002', 'hugo', 'zip')).toMatchObject({ fileName: 'notes-on-caching-part-2.zip', count: 1 });
    expect(Object.keys(await downloaded(1))).toHaveLength(3);
  });

  test('clear messages for nothing chosen, an unknown preset and a missing article', async () => {
    await expect(exportArticles([], 'jekyll')).rejects.toThrow('Choose at least one article to export.');
    await expect(exportArticles('all', 'wordpress' as never)).rejects.toThrow('There is no export preset “wordpress”.');
    await expect(exportArticle('gone')).rejects.toThrow('That article is no longer in your library.');
    await expect(exportArticles(['gone'])).rejects.toThrow('None of the articles could be exported: it is no longer in your library.');
    expect(fake.downloads).toEqual([]);
  });
});
