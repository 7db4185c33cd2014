// npm run bench:export -- [--articles 1000] [--images 3] [--image-kib 40]
// Exports a generated library (fake-indexeddb) of articles with kept images as one Jekyll zip
// through Keepmark's own export code (store reader → writeExport → ExportArchive → BlobSink, as
// the background runs it), and, as the anchor, zips the very same files with fflate directly from
// memory. Prints time and peak memory (process.memoryUsage sampled every 5 ms) of each.
import 'fake-indexeddb/auto';
import { Zip, ZipDeflate, ZipPassThrough, unzipSync } from 'fflate';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { jekyll } from '../../src/core/presets';
import { ExportArchive } from '../../src/core/export/archive';
import { BlobSink } from '../../src/core/export/blob-sink';
import { writeExport } from '../../src/core/export/posts';
import { openLibrary } from '../../src/store/db';
import { articlesToExport, idsToExport } from '../../src/store/export-source';
import { fillLibrary } from './export/library';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, images: { type: 'string', default: '3' }, 'image-kib': { type: 'string', default: '40' } } });
const shape = { articles: Number(values.articles), imagesPerArticle: Number(values.images), imageBytes: Number(values['image-kib']) * 1024 };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Runs `work`, sampling memory meanwhile; returns its time and the peaks above the memory before it. */
async function measure<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; rss: number; heap: number }> {
  gc();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed + before.arrayBuffers;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed + now.arrayBuffers);
  };
  const timer = setInterval(sample, 5);
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  sample();
  clearInterval(timer);
  return { value, ms, rss: rss - before.rss, heap: heap - before.heapUsed - before.arrayBuffers };
}

async function main(): Promise<void> {
  const db = await openLibrary('bench-export');
  await fillLibrary(db, shape);
  const imageTotal = shape.articles * shape.imagesPerArticle * shape.imageBytes;

  const exported = await measure(async () => {
    const out = new BlobSink();
    const archive = new ExportArchive(out.sink);
    const summary = await writeExport(jekyll, articlesToExport(db, await idsToExport(db, 'all')), archive);
    archive.finish();
    return { blob: out.blob(), summary };
  });
  const { blob, summary } = exported.value;
  if (summary.articles !== shape.articles || summary.images !== shape.articles * shape.imagesPerArticle || summary.leftOut.length) {
    throw new Error(`the export left things out: ${JSON.stringify({ ...summary, leftOut: summary.leftOut.slice(0, 3) })}`);
  }

  // The anchor: the same files, already in memory, zipped by fflate alone the same way (text deflated, images stored).
  const files = Object.entries(unzipSync(new Uint8Array(await blob.arrayBuffer())));
  const raw = await measure(() => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [path, bytes] of files) {
      const file = path.endsWith('.md') ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
      zip.add(file);
      file.push(bytes, true);
    }
    zip.end();
    return chunks.reduce((n, c) => n + c.length, 0);
  });

  const row = (name: string, r: { ms: number; rss: number; heap: number }) =>
    `${name.padEnd(38)}${`${r.ms.toFixed(0)} ms`.padStart(10)}${MiB(r.rss).padStart(14)}${MiB(r.heap).padStart(16)}`;
  console.log(`bench:export  ${shape.articles} articles × ${shape.imagesPerArticle} images of ${values['image-kib']} KiB (${MiB(imageTotal)} of images), preset Jekyll`);
  console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, fake-indexeddb, gc ${(globalThis as { gc?: unknown }).gc ? 'between runs' : 'unavailable'}`);
  console.log(`zip: ${MiB(blob.size)}, ${files.length} files (fflate alone: ${MiB(raw.value)})\n`);
  console.log(`${''.padEnd(38)}${'time'.padStart(10)}${'peak RSS +'.padStart(14)}${'peak heap+buf +'.padStart(16)}`);
  console.log(row('Keepmark export (IndexedDB → zip)', exported));
  console.log(row('fflate alone (same files from memory)', raw));
  console.log(`\nexport / raw zip time: ${(exported.ms / raw.ms).toFixed(2)}×; export peak heap+buffers above start / zip size: ${(exported.heap / blob.size).toFixed(2)}×`);
  db.close();
}

await main();
