// The Node side of `bench:extract -- --dom chromium`: bundles entry.ts, opens it in a blank page of
// headless Chromium (Debian's, as the e2e tests use) and hands it one corpus page at a time.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../page-extractors';
import type { BrowserExtractorName } from './entry';

export type { BrowserExtractorName };

export interface ChromiumExtractors {
  version: string;
  run(html: string, url: string, names: BrowserExtractorName[]): Promise<Array<Extraction & { parseMs: number }>>;
  close(): Promise<void>;
}

export async function chromiumExtractors(): Promise<ChromiumExtractors> {
  const dir = await mkdtemp(join(tmpdir(), 'keepmark-bench-extract-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: dir, emptyOutDir: false, minify: false, lib: { entry: new URL('./entry.ts', import.meta.url).pathname, formats: ['iife'], name: 'keepmarkExtractBundle', fileName: () => 'extract.js' } },
  });
  const content = await readFile(join(dir, 'extract.js'), 'utf8');
  await rm(dir, { recursive: true, force: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.addScriptTag({ content });
  return {
    version: browser.version(),
    run: (html, url, names) => page.evaluate(([h, u, n]) => (globalThis as any).keepmarkExtract(h, u, n), [html, url, names] as const),
    close: () => browser.close(),
  };
}
