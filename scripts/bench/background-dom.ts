// npm run bench:dom -- [--corpus ../shared/corpus/scrapinghub] [--limit 80]
// Measures the two ways to get a DOM for conversion in a Chromium service worker, in one run:
// linkedom bundled into the worker, and an offscreen document (reason DOM_PARSER) using the
// browser's DOMParser. Articles are the ones Keepmark extracts from the corpus pages.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { captureArticle } from '../../src/core/extract';
import { parsePage } from '../../src/core/pipeline';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus/scrapinghub' }, limit: { type: 'string', default: '80' } } });
const here = new URL('./background-dom/', import.meta.url).pathname;

async function articles(corpus: string, limit: number): Promise<string[]> {
  const dir = join(corpus, 'html');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  const out: string[] = [];
  for (const file of files) {
    try {
      out.push(captureArticle(parsePage(gunzipSync(await readFile(join(dir, file))).toString('utf8')), 'https://example.org/').html);
    } catch {
      // a page with nothing to extract has nothing to convert either
    }
  }
  return out;
}

async function bundle(entry: string, outDir: string, fileName: string): Promise<number> {
  await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: false, lib: { entry: join(here, entry), formats: ['es'], fileName: () => fileName } },
  });
  return (await stat(join(outDir, fileName))).size;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), total: xs.reduce((a, b) => a + b, 0) };
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

const htmls = await articles(values.corpus!, Number(values.limit));
const dir = await mkdtemp(join(tmpdir(), 'keepmark-bench-dom-'));
const workerBytes = await bundle('worker-entry.ts', dir, 'sw.js');
const offscreenBytes = await bundle('offscreen-entry.ts', dir, 'offscreen.js');
await writeFile(join(dir, 'offscreen.html'), '<!doctype html><script type="module" src="offscreen.js"></script>');
await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'dom bench', version: '1', permissions: ['offscreen'], background: { service_worker: 'sw.js', type: 'module' } }));

const profile = await mkdtemp(join(tmpdir(), 'keepmark-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const linkedom = stats(await worker.evaluate((h) => (globalThis as any).viaLinkedom(h), htmls));
const offscreen = (await worker.evaluate((h) => (globalThis as any).viaOffscreen(h), htmls)) as { startMs: number; times: number[] };
const off = stats(offscreen.times);
await context.close();
await rm(dir, { recursive: true, force: true });
await rm(profile, { recursive: true, force: true });

console.log(`Conversion DOM in a Chromium service worker — ${htmls.length} articles extracted from ${values.corpus}`);
console.log(`| way | worker bundle | start-up | per article median | p95 | all articles |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
console.log(`| linkedom in the worker | ${(workerBytes / 1024).toFixed(0)} KiB | none | ${ms(linkedom.median)} | ${ms(linkedom.p95)} | ${ms(linkedom.total)} |`);
console.log(`| offscreen document (DOMParser) | offscreen page ${(offscreenBytes / 1024).toFixed(0)} KiB | ${ms(offscreen.startMs)} | ${ms(off.median)} | ${ms(off.p95)} | ${ms(off.total + offscreen.startMs)} |`);
