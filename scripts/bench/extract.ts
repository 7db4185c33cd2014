/**
 * npm run bench:extract -- [--corpus PATH] [--limit N] [--type forum,product] [--only keepmark,readability,defuddle] [--out DIR] [--dom linkedom|chromium]
 *
 * Runs Keepmark, Readability and Defuddle on the same corpus pages, each on its own linkedom parse
 * (or, with `--dom chromium`, Keepmark and Readability on Chromium's own DOM, as the content script
 * extracts in the reader's tab),
 * scores them by the corpus's own method (../shared/corpus/README.md), prints one table and writes
 * every page's scores and the worst 20 pages per extractor to DIR (default .bench/).
 * The corpus is read where it lies; nothing of it is copied into the project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadCorpus, type Corpus, type CorpusPage } from './corpus';
import { EXTRACTOR_NAMES, linkedomExtractors, type Extraction, type ExtractorName } from './extractors';
import { report, worstPages, type PageResult } from './report';
import { chromiumExtractors } from './extract-browser/chromium';
import type { BrowserExtractorName } from './extract-browser/entry';
import type { DomExtractors } from './page-extractors';
import {
  authorMatches,
  dateMatches,
  shingleBootstrap,
  shingleMatch,
  shingleMetrics,
  shinglePageF1,
  shinglePrecision,
  shingleRecall,
  snippetsFound,
  titleMatches,
  wordF1,
} from './score';

const DEFAULT_CORPUS = '../shared/corpus/wcxb-dev';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      limit: { type: 'string' },
      only: { type: 'string' },
      type: { type: 'string' },
      out: { type: 'string', default: '.bench' },
      dom: { type: 'string', default: 'linkedom' },
    },
  });
  if (values.dom !== 'linkedom' && values.dom !== 'chromium') throw new Error(`--dom wants linkedom or chromium, not ${values.dom}`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) throw new Error(`--limit wants a positive number, not ${values.limit}`);
  const names = (values.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? [...EXTRACTOR_NAMES]) as ExtractorName[];
  for (const name of names) if (!EXTRACTOR_NAMES.includes(name)) throw new Error(`--only: unknown extractor ${name} (${EXTRACTOR_NAMES.join(', ')})`);
  if (values.dom === 'chromium' && names.includes('defuddle')) throw new Error('--dom chromium runs keepmark and readability: pass --only keepmark,readability');

  const types = values.type?.split(',').map((s) => s.trim()).filter(Boolean);
  const corpus = loadCorpus(values.corpus!, limit, types);
  const results = new Map<ExtractorName, PageResult[]>(names.map((n) => [n, []]));
  const parseMs: number[] = [];
  const started = performance.now();
  // --dom chromium was checked above to name only the extractors the browser page has.
  const extractors = (values.dom === 'chromium' ? await chromiumExtractors() : linkedomExtractors) as DomExtractors<ExtractorName | BrowserExtractorName>;
  try {
    for (const [i, page] of corpus.pages.entries()) {
      const url = page.url || `https://corpus.invalid/${page.id}`;
      for (const [j, extraction] of (await extractors.run(corpus.html(page), url, names)).entries()) {
        parseMs.push(extraction.parseMs);
        results.get(names[j]!)!.push(score(corpus, page, extraction));
      }
      if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${corpus.pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
  } finally {
    await extractors.close();
  }

  const check = corpus.kind === 'scrapinghub' && limit === Infinity ? referenceCheck(corpus) : [];
  console.log(report(corpus, names, results, parseMs, check, extractors.dom));

  const out = resolve(values.out!, corpus.name);
  mkdirSync(out, { recursive: true });
  for (const name of names) {
    const pages = results.get(name)!;
    writeFileSync(join(out, `${name}-pages.json`), JSON.stringify(pages, null, 1) + '\n');
    writeFileSync(join(out, `${name}-worst20.md`), worstPages(corpus, name, pages, 20));
  }
  console.log(`\nper-page scores and the worst 20 pages per extractor: ${out}/`);
}

function score(corpus: Corpus, page: CorpusPage, x: Extraction): PageResult {
  const base = {
    id: page.id,
    url: page.url,
    pageType: page.pageType,
    outcome: x.outcome,
    ...(x.error ? { error: x.error } : {}),
    ms: x.ms,
    chars: x.text.length,
    truthChars: page.mainContent.length,
  };
  const meta = {
    title: page.title === null ? null : titleMatches(x.title, page.title),
    author: page.author === null ? null : authorMatches(x.author, page.author),
    date: page.publishDate === null ? null : dateMatches(x.date, page.publishDate),
    found: { title: x.title, author: x.author, date: x.date },
  };
  const snippets = {
    withFound: snippetsFound(x.text, page.with),
    withTotal: page.with.length,
    withoutKept: snippetsFound(x.text, page.without),
    withoutTotal: page.without.length,
  };
  if (corpus.kind === 'scrapinghub') {
    const tpFpFn = shingleMatch(page.mainContent, x.text);
    const alt = x.textContent === undefined ? {} : { textContentTpFpFn: shingleMatch(page.mainContent, x.textContent) };
    return { ...base, f1: shinglePageF1(tpFpFn), precision: shinglePrecision(tpFpFn), recall: shingleRecall(tpFpFn), tpFpFn, ...alt, ...snippets, ...meta };
  }
  const alt = x.textContent === undefined ? {} : { textContentF1: wordF1(x.textContent, page.mainContent).f1 };
  return { ...base, ...wordF1(x.text, page.mainContent), ...alt, ...snippets, ...meta };
}

/**
 * Scores the reference outputs that ship with the ScrapingHub corpus, so each run shows that this
 * scorer reproduces the published figures (readability_js F1 0.947 ± 0.005, html-text 0.665).
 */
function referenceCheck(corpus: Corpus): string[] {
  const lines: string[] = [];
  for (const name of ['readability_js', 'html-text']) {
    const file = join(corpus.dir, 'reference-outputs', `${name}.json`);
    if (!existsSync(file)) continue;
    // The repository's output files wrap the pages in {"output": {...}}.
    const json = JSON.parse(readFileSync(file, 'utf8')) as { output?: Record<string, { articleBody?: string }> };
    const output = json.output ?? (json as Record<string, { articleBody?: string }>);
    const pages = corpus.pages.map((p) => shingleMatch(p.mainContent, output[p.id]?.articleBody ?? ''));
    const m = shingleMetrics(pages);
    const ci = shingleBootstrap(pages);
    lines.push(`${name}: F1 ${m.f1.toFixed(3)} ± ${ci.f1.toFixed(3)}, P ${m.precision.toFixed(3)}, R ${m.recall.toFixed(3)}`);
  }
  return lines;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
