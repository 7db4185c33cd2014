// npm run bench:library -- [--articles 10000] [--seed 1] [--opens 7] [--saves 9] [--keep DIR]
// Fills the built extension's IndexedDB in real Chromium with generated articles through the
// store's own code, then measures, in one run: popup open to first rows painted against an empty
// extension page, search-as-you-type per keystroke (Latin and CJK), save time with a full library
// against an empty one, and storage per article and index size against the text it indexes.
// `--keep DIR` keeps the filled library (Chromium profile and extension copy) in DIR, and a later
// run with the same DIR, size and seed measures a newer build on it without filling again.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../../test/e2e/support/chromium';
import { INSTRUMENT } from './library/instrument';
import { browserBundle } from './browser-bundle';
import { median, percentile } from './library/stats';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, opens: { type: 'string', default: '7' }, saves: { type: 'string', default: '9' }, keep: { type: 'string' } },
});
const ARTICLES = Number(values.articles);
const SEED = Number(values.seed);
const OPENS = Number(values.opens);
const SAVES = Number(values.saves);
const LATIN_QUERY = 'retry';
const CJK_QUERY = '配置文件';

type Bench = {
  fill(seed: number, from: number, to: number): Promise<{ textBytes: number }>;
  timeSave(db: string, seed: number, index: number, rep: number): Promise<number>;
  timeSearch(query: string): Promise<{ prefix: string; rank: number; first: number; found: number }[]>;
  clear(db: string): Promise<void>;
  sizes(): Promise<{ count: number; usage: number; index: { segments: number; postingBytes: number; docs: number; docBytes: number } }>;
};
declare const keepmarkBench: Bench;

// A copy of the build with an empty page in it: the anchor for opening an extension page. Kept at
// the same path, it keeps its extension id, and with it the library in the kept profile.
const work = values.keep ?? (await mkdtemp(join(tmpdir(), 'keepmark-bench-library-')));
const extensionDir = join(work, 'extension');
await rm(extensionDir, { recursive: true, force: true });
await mkdir(work, { recursive: true });
await cp(EXTENSION_DIR, extensionDir, { recursive: true });
await writeFile(join(extensionDir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title>');
const bundle = await browserBundle(new URL('./library/page.ts', import.meta.url));

const browser = await launchWithExtension([], { extensionDir, profileDir: values.keep && join(work, 'profile') });
/** What the kept library holds, written once its fill completes. */
const FILLED = join(work, 'filled.json');
type Filled = { articles: number; seed: number; textBytes: number; fillSeconds: number };
const base = `chrome-extension://${browser.extensionId}`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function benchPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${base}/blank.html`);
  await page.evaluate(bundle);
  return page;
}

/**
 * Opens `path` in a fresh tab and returns the instrumented time (ms from navigation start) of `mark`.
 * `forget` clears the popup's remembered first screen first (src/popup/library/first-screen.ts), as
 * on the popup's first open, so its rows wait for the library.
 */
async function openTimed(path: string, mark: 'ready' | 'rows', forget = false): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript(INSTRUMENT);
  if (forget) await page.addInitScript(() => localStorage.removeItem('firstScreen'));
  await page.goto(`${base}/${path}`);
  const t = await page.waitForFunction((m) => (window as any).__bench[m], mark, { timeout: 60_000 });
  const value = (await t.jsonValue()) as number;
  await page.close();
  return value;
}

try {
  const filler = await benchPage();
  const kept = values.keep ? await readFile(FILLED, 'utf8').then((text) => JSON.parse(text) as Filled, () => null) : null;
  const reuse = kept?.articles === ARTICLES && kept.seed === SEED;
  if (values.keep && kept && !reuse) throw new Error(`${work} holds ${kept.articles} articles of seed ${kept.seed}: use another --keep folder`);
  const { textBytes, fillSeconds } = reuse ? kept : await fill(filler);
  if (values.keep && !reuse) await writeFile(FILLED, JSON.stringify({ articles: ARTICLES, seed: SEED, textBytes, fillSeconds } satisfies Filled));
  const { count, usage, index } = await filler.evaluate(() => keepmarkBench.sizes());

  // Popup open vs empty extension page, alternated so both see the same machine load.
  // The popup with the first screen it remembers from its last open, and without (its first open).
  const blank: number[] = [];
  const popup: number[] = [];
  const popupFirst: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    blank.push(await openTimed('blank.html', 'ready'));
    popup.push(await openTimed('src/popup/popup.html', 'rows'));
    popupFirst.push(await openTimed('src/popup/popup.html', 'rows', true));
  }

  // Search as the user types, through the popup's search box.
  const typed = await browser.context.newPage();
  await typed.addInitScript(INSTRUMENT);
  await typed.goto(`${base}/src/popup/popup.html`);
  await typed.waitForFunction(() => (window as any).__bench.rows);
  const search = typed.getByTestId('search');
  async function typeQuery(query: string): Promise<{ ms: number[]; missed: number }> {
    await search.fill('');
    await typed.waitForTimeout(300);
    await search.focus();
    const out: number[] = [];
    let missed = 0;
    for (const char of Array.from(query)) {
      await typed.keyboard.type(char);
      const latency = await typed
        .waitForFunction(() => {
          const b = (window as any).__bench;
          const input = b.inputs.at(-1);
          const render = b.renders.find((t: number) => t > input);
          return render === undefined ? false : render - input;
        }, undefined, { timeout: 30_000 })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => null);
      if (latency === null) missed++;
      else out.push(latency);
    }
    return { ms: out, missed };
  }
  const latinUi = await typeQuery(LATIN_QUERY);
  const cjkUi = await typeQuery(CJK_QUERY);
  await typed.close();
  const latinDirect = await filler.evaluate((q) => keepmarkBench.timeSearch(q), LATIN_QUERY);
  const cjkDirect = await filler.evaluate((q) => keepmarkBench.timeSearch(q), CJK_QUERY);

  // One article saved through saveCapture: into an empty library and into the full one, alternated.
  const emptySaves: number[] = [];
  const fullSaves: number[] = [];
  const SAVED = 3; // a ~20 KB mixed article of the generated set
  await filler.evaluate(() => keepmarkBench.clear('keepmark-bench-empty'));
  for (let rep = 0; rep < SAVES; rep++) {
    emptySaves.push(await filler.evaluate(([s, i, r]) => keepmarkBench.timeSave('keepmark-bench-empty', s, i, r), [SEED, SAVED, rep] as const));
    fullSaves.push(await filler.evaluate(([s, i, r]) => keepmarkBench.timeSave('keepmark', s, i, r), [SEED, SAVED, rep] as const));
  }

  const firstRatio = median(popup) / median(blank);
  const lines: string[] = [];
  const row = (what: string, figure: string, target: string, ok: boolean) => lines.push(`| ${what} | ${figure} | ${target} | ${verdict(ok)} |`);
  row('popup open → first rows painted (median of ' + OPENS + '; the first screen remembered from the last open)', `${ms(median(popup))} vs empty page ${ms(median(blank))} = ${firstRatio.toFixed(2)}×`, '≤ 1.5×', firstRatio <= 1.5);
  lines.push(`| popup's first open → first rows painted (median of ${OPENS}; nothing remembered, rows read from the library) | ${ms(median(popupFirst))} vs empty page ${ms(median(blank))} = ${(median(popupFirst) / median(blank)).toFixed(2)}× | (diagnostic) | |`);
  for (const [name, ui, direct] of [[`Latin "${LATIN_QUERY}"`, latinUi, latinDirect], [`CJK "${CJK_QUERY}"`, cjkUi, cjkDirect]] as const) {
    const p95 = percentile(ui.ms, 0.95);
    row(`search box, ${name}, input → results in the DOM per keystroke`, `median ${ms(median(ui.ms))}, p95 ${ms(p95)} (${ui.ms.map((x) => x.toFixed(0)).join(' / ')} ms${ui.missed ? `; ${ui.missed} keystrokes rendered nothing` : ''})`, 'p95 ≤ 50 ms', p95 <= 50 && ui.missed === 0);
    const d = direct.map((x) => x.rank + x.first);
    lines.push(`| the popup's search in the page, ${name}, per prefix: index + first ${direct[0]?.found ?? 0} rows | ${direct.map((x) => `"${x.prefix}" ${x.rank.toFixed(0)} + ${x.first.toFixed(0)} ms`).join(', ')}; p95 ${ms(percentile(d, 0.95))} | (diagnostic) | |`);
  }
  const saveRatio = median(fullSaves) / median(emptySaves);
  row(`saveCapture, one article (median of ${SAVES})`, `${ms(median(fullSaves))} with ${count} stored vs ${ms(median(emptySaves))} empty = ${saveRatio.toFixed(2)}×`, '≤ 1.2×', saveRatio <= 1.2);
  lines.push(`| IndexedDB usage per article | ${(usage / count / 1024).toFixed(1)} KiB (${(usage / 1024 / 1024).toFixed(0)} MiB / ${count} articles, navigator.storage.estimate) | (none) | |`);
  const indexBytes = index.postingBytes + index.docBytes;
  const indexRatio = indexBytes / textBytes;
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  row(
    'search index (keys + values as stored) vs the text it indexes',
    `${mib(index.postingBytes)} in ${index.segments} segments + ${mib(index.docBytes)} for ${index.docs} article numbers vs ${mib(textBytes)} of text = ${(indexRatio * 100).toFixed(0)}%`,
    '≤ 50%',
    indexRatio <= 0.5,
  );

  console.log(`Library benchmark — ${ARTICLES} generated articles (seed ${SEED}), filled in ${fillSeconds.toFixed(0)} s${reuse ? ' (an earlier run, kept)' : ''}, Chromium ${browser.context.browser()?.version() ?? ''}`);
  console.log('| figure | measured | target | |');
  console.log('| --- | --- | --- | --- |');
  for (const line of lines) console.log(line);
} finally {
  await browser.close();
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

async function fill(filler: Page): Promise<{ textBytes: number; fillSeconds: number }> {
  const started = Date.now();
  let textBytes = 0;
  const BATCH = 500;
  for (let from = 0; from < ARTICLES; from += BATCH) {
    const r = await filler.evaluate(([s, a, b]) => keepmarkBench.fill(s, a, b), [SEED, from, Math.min(ARTICLES, from + BATCH)] as const);
    textBytes += r.textBytes;
    const done = Math.min(ARTICLES, from + BATCH);
    if (done % 1000 === 0 || done === ARTICLES) console.error(`filled ${done}/${ARTICLES} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return { textBytes, fillSeconds: (Date.now() - started) / 1000 };
}
