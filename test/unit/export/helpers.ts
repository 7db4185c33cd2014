import { strFromU8, unzipSync } from 'fflate';
import { ExportArchive } from '../../../src/core/export/archive';
import { writeExport, type ExportImage, type ExportItem, type ExportSummary } from '../../../src/core/export/posts';
import { imageDestinations } from '../../../src/core/export/images';
import type { Preset } from '../../../src/core/presets';
import type { ArticleRecord } from '../../../src/core/types';

/** An image kept with an article, with bytes that say which image it is. */
export function keptImage(url: string, type = 'image/png'): ExportImage {
  return { url, type, read: async () => new TextEncoder().encode(`bytes of ${url}`) };
}

export function item(record: ArticleRecord, markdown: string, images: ExportImage[] = []): ExportItem {
  return { id: record.id, article: { record, markdown, text: '', images } };
}

async function* each<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}

/** Exports `items` with `preset` and returns the unpacked zip and the summary. */
export async function exportZip(preset: Preset, items: ExportItem[]): Promise<{ files: Record<string, Uint8Array>; summary: ExportSummary; text(path: string): string }> {
  const chunks: Uint8Array[] = [];
  const archive = new ExportArchive((chunk) => chunks.push(chunk));
  const summary = await writeExport(preset, each(items), archive);
  archive.finish();
  const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  const files = unzipSync(whole);
  return { files, summary, text: (path) => strFromU8(files[path]) };
}

/**
 * The zip path an image link in the post at `post` points at, as the site or app would resolve it:
 * from the site root (a leading `/`), beside the post's page for Hexo's asset folder, else from the
 * post's folder. Null for a link that leaves the zip (an original's URL).
 */
export function resolveLink(post: string, link: string, hexoAssetFolder = false): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return null;
  const decoded = decodeURIComponent(link);
  if (decoded.startsWith('/')) return decoded.slice(1);
  const base = hexoAssetFolder ? post.replace(/\.md$/, '').split('/') : post.split('/').slice(0, -1);
  for (const part of decoded.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}

/** Every image link in every `.md` of the zip, with the zip path it resolves to. */
export function imageLinks(files: Record<string, Uint8Array>, hexoAssetFolder = false): { post: string; link: string; target: string | null }[] {
  return Object.keys(files)
    .filter((path) => path.endsWith('.md'))
    .flatMap((post) => imageDestinations(strFromU8(files[post])).map((link) => ({ post, link, target: resolveLink(post, link, hexoAssetFolder) })));
}
