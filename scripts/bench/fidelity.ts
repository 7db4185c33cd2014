/**
 * npm run bench:fidelity -- [--corpus PATH] [--limit N] [--out DIR] [--worst N]
 *
 * Round-trip fidelity of the conversion: for every corpus page, Keepmark extracts the article,
 * converts it to Markdown, and markdown-it (CommonMark + GFM + the syntax Keepmark writes) renders
 * that Markdown back to HTML; the two HTML documents are compared (scripts/bench/fidelity/compare.ts).
 * Prints totals and the worst pages; writes every page's figures and the worst pages' source,
 * Markdown and rendering to DIR/fidelity-<corpus>/. The corpus is read where it lies.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { htmlToMarkdown } from '../../src/core/convert';
import { NothingToSaveError } from '../../src/core/extract';
import { captureHtml } from '../../src/core/pipeline';
import { loadCorpus } from './corpus';
import { comparePage, type PageFidelity, type SetResult } from './fidelity/compare';
import { renderMarkdown } from './fidelity/render';

const DEFAULT_CORPUS = '../shared/corpus/wcxb-dev';

interface PageRecord {
  id: string;
  url: string;
  status: 'ok' | 'nothing-to-save' | 'threw';
  error?: string;
  /** Where it threw: extraction (not this benchmark's subject), conversion, or rendering/comparison. */
  stage?: 'extract' | 'convert' | 'compare';
  convertMs?: number;
  fidelity?: PageFidelity;
  artefacts?: { html: string; markdown: string; rendered: string };
}

function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (pos - lo);
}

const pct = (kept: number, total: number) => (total ? `${((100 * kept) / total).toFixed(2)}%` : 'n/a');

/** Reasons and counts of what was left out on purpose, summed over pages. */
function sumIntentional(results: readonly SetResult[]): string {
  const sum: Record<string, number> = {};
  for (const r of results) for (const [k, n] of Object.entries(r.intentional)) sum[k] = (sum[k] ?? 0) + n;
  const parts = Object.entries(sum).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** How much of the page the round trip lost, for ranking: 0 is perfect. */
function lossOf(f: PageFidelity): number {
  const frac = (kept: number, total: number) => (total ? 1 - kept / total : 0);
  return (1 - f.words.f1) + frac(f.code.equalWithLanguage, f.code.blocks) + frac(f.cells.kept, f.cells.cells) + frac(f.images.kept, f.images.total) + frac(f.links.kept, f.links.total) + frac(Math.min(f.math.rendered, f.math.source), f.math.source);
}

function runPage(html: string, id: string, url: string): PageRecord {
  let capture;
  try {
    capture = captureHtml(html, url);
  } catch (error) {
    if (error instanceof NothingToSaveError) return { id, url, status: 'nothing-to-save' };
    return { id, url, status: 'threw', stage: 'extract', error: String((error as Error)?.stack ?? error) };
  }
  let markdown: string;
  const t0 = performance.now();
  try {
    markdown = htmlToMarkdown(capture.html);
  } catch (error) {
    return { id, url, status: 'threw', stage: 'convert', error: String((error as Error)?.stack ?? error) };
  }
  const convertMs = performance.now() - t0;
  try {
    const rendered = renderMarkdown(markdown);
    return { id, url, status: 'ok', convertMs, fidelity: comparePage(capture.html, rendered), artefacts: { html: capture.html, markdown, rendered } };
  } catch (error) {
    return { id, url, status: 'threw', stage: 'compare', convertMs, error: String((error as Error)?.stack ?? error) };
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      limit: { type: 'string' },
      out: { type: 'string', default: '.bench' },
      worst: { type: 'string', default: '15' },
    },
  });
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) throw new Error(`--limit wants a positive number, not ${values.limit}`);
  const worstN = Number(values.worst);
  const corpus = loadCorpus(values.corpus!, limit);
  const outDir = resolve(values.out!, `fidelity-${corpus.name}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'pages'), { recursive: true });

  const records: PageRecord[] = [];
  const started = performance.now();
  for (const [i, page] of corpus.pages.entries()) {
    const record = runPage(corpus.html(page), page.id, page.url || `https://corpus.invalid/${page.id}`);
    records.push(record);
    if ((i + 1) % 200 === 0) process.stderr.write(`${i + 1}/${corpus.pages.length} pages\n`);
  }
  const seconds = (performance.now() - started) / 1000;

  const ok = records.filter((r) => r.status === 'ok');
  const fs = ok.map((r) => r.fidelity!);
  const sum = (f: (p: PageFidelity) => number) => fs.reduce((s, p) => s + f(p), 0);
  const f1s = fs.map((p) => p.words.f1);
  const times = ok.map((r) => r.convertMs!);
  const threw = records.filter((r) => r.status === 'threw');
  const lines: string[] = [];
  lines.push(`Round-trip fidelity on ${corpus.name} (${corpus.pages.length} pages, ${seconds.toFixed(0)} s)`);
  lines.push(`pages: ${ok.length} converted, ${records.filter((r) => r.status === 'nothing-to-save').length} nothing to save (NothingToSaveError, not counted), ${threw.length} threw${threw.length ? ` (${threw.map((r) => `${r.id} in ${r.stage}`).join(', ')})` : ''}`);
  lines.push(`text word F1: mean ${(sum((p) => p.words.f1) / fs.length).toFixed(4)}, median ${quantile(f1s, 0.5).toFixed(4)}, min ${Math.min(...f1s).toFixed(4)}; pages < 0.99: ${f1s.filter((f) => f < 0.99).length}; P ${(sum((p) => p.words.precision) / fs.length).toFixed(4)}, R ${(sum((p) => p.words.recall) / fs.length).toFixed(4)}`);
  const code = { blocks: sum((p) => p.code.blocks), equal: sum((p) => p.code.equal), lang: sum((p) => p.code.equalWithLanguage), declared: sum((p) => p.code.withLanguage), intentional: sum((p) => p.code.intentional) };
  lines.push(`code blocks: ${code.blocks} (${code.declared} with a language); byte-equal ${code.equal} (${pct(code.equal, code.blocks)}); byte-equal with the right language ${code.lang} (${pct(code.lang, code.blocks)}); left out on purpose (blank, line-number gutters) ${code.intentional}`);
  const cells = { cells: sum((p) => p.cells.cells), kept: sum((p) => p.cells.kept), rendered: sum((p) => p.cells.rendered), intentional: sum((p) => p.cells.intentional) };
  lines.push(`table cells: ${cells.cells} in data tables, ${cells.kept} kept (${pct(cells.kept, cells.cells)}); rendered ${cells.rendered}; in layout tables unwrapped on purpose ${cells.intentional}; pages with fewer cells ${fs.filter((p) => p.cells.rendered < p.cells.cells).length}, with more ${fs.filter((p) => p.cells.rendered > p.cells.cells).length}`);
  const imgs = { total: sum((p) => p.images.total), kept: sum((p) => p.images.kept) };
  lines.push(`images (distinct src): ${imgs.total}, ${imgs.kept} kept (${pct(imgs.kept, imgs.total)}); left out on purpose: ${sumIntentional(fs.map((p) => p.images))}`);
  const links = { total: sum((p) => p.links.total), kept: sum((p) => p.links.kept) };
  lines.push(`links (distinct href): ${links.total}, ${links.kept} kept (${pct(links.kept, links.total)}); not counted: ${sumIntentional(fs.map((p) => p.links))}`);
  const math = { source: sum((p) => p.math.source), rendered: sum((p) => p.math.rendered) };
  lines.push(`math: ${math.source} formulas in the source, ${math.rendered} rendered ($…$, $$…$$, MathML); pages where the counts differ ${fs.filter((p) => p.math.source !== p.math.rendered).length}`);
  lines.push(`conversion time (htmlToMarkdown) per page: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms`);

  const ranked = [...ok].sort((a, b) => lossOf(b.fidelity!) - lossOf(a.fidelity!));
  const worst = ranked.slice(0, worstN).filter((r) => lossOf(r.fidelity!) > 0);
  lines.push('', `worst ${worst.length} pages (loss = 1 − F1 + the share lost of code, cells, images, links, math):`);
  for (const r of worst) {
    const f = r.fidelity!;
    lines.push(
      `  ${r.id}  loss ${lossOf(f).toFixed(3)}  F1 ${f.words.f1.toFixed(3)}  code ${f.code.equalWithLanguage}/${f.code.blocks}  cells ${f.cells.rendered}/${f.cells.cells}  img ${f.images.kept}/${f.images.total}  links ${f.links.kept}/${f.links.total}  math ${f.math.rendered}/${f.math.source}  missing: ${f.words.missing.slice(0, 6).map(([t, n]) => `${t}×${n}`).join(' ')}`,
    );
  }
  for (const r of threw) lines.push(`  threw: ${r.id} (${r.stage}): ${r.error?.split('\n')[0]}`);
  lines.push('', `per-page figures: ${join(outDir, 'pages.jsonl')}; worst pages' source.html, markdown.md, rendered.html: ${join(outDir, 'pages')}/`);
  const text = lines.join('\n');
  console.log(text);

  writeFileSync(join(outDir, 'summary.txt'), `${text}\n`);
  writeFileSync(join(outDir, 'pages.jsonl'), records.map(({ artefacts: _a, ...r }) => JSON.stringify({ ...r, loss: r.fidelity ? lossOf(r.fidelity) : null, fidelity: r.fidelity && { ...r.fidelity, words: { ...r.fidelity.words, missing: r.fidelity.words.missing.slice(0, 40), extra: r.fidelity.words.extra.slice(0, 40) } } })).join('\n') + '\n');
  for (const r of ranked.slice(0, Math.max(worstN, 40))) {
    const dir = join(outDir, 'pages', r.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'source.html'), `<!-- ${r.url} -->\n${r.artefacts!.html}`);
    writeFileSync(join(dir, 'markdown.md'), r.artefacts!.markdown);
    writeFileSync(join(dir, 'rendered.html'), r.artefacts!.rendered);
    writeFileSync(join(dir, 'fidelity.json'), JSON.stringify(r.fidelity, null, 1));
  }
}

main();
