import { cpus } from 'node:os';
import type { Corpus } from './corpus';
import type { ExtractorName } from './extractors';
import { EXTRACTORS } from './extractors';
import { mean, median, quantile, shingleBootstrap, shingleMetrics, type TpFpFn } from './score';

/** One extractor on one page: its scores and what it found. Metadata checks are null where the truth has no value. */
export interface PageResult {
  id: string;
  url: string;
  pageType: string | null;
  outcome: 'ok' | 'empty' | 'error';
  error?: string;
  ms: number;
  chars: number;
  truthChars: number;
  f1: number;
  precision: number;
  recall: number;
  tpFpFn?: TpFpFn;
  /** Readability only: the page scored on its `textContent` instead (see extractors.ts). */
  textContentTpFpFn?: TpFpFn;
  textContentF1?: number;
  withFound: number;
  withTotal: number;
  withoutKept: number;
  withoutTotal: number;
  title: boolean | null;
  author: boolean | null;
  date: boolean | null;
  found: { title: string | null; author: string | null; date: string | null };
}

const TYPE_ORDER = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];
const LABEL = 38;
const COLUMN = 20;

/** The compact table `bench:extract` prints: one column per extractor. */
export function report(
  corpus: Corpus,
  names: readonly ExtractorName[],
  results: ReadonlyMap<ExtractorName, readonly PageResult[]>,
  parseMs: readonly number[],
  referenceCheck: readonly string[],
  dom: string,
): string {
  const all = names.map((n) => results.get(n)!);
  const n = corpus.pages.length;
  const lines: string[] = [
    `bench:extract  ${corpus.dir}  (${corpus.kind} layout, ${n} pages)`,
    `${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${cpus().length} cores, DOM: ${dom} (a fresh parse per extractor)`,
    '',
    row('', names),
  ];
  const each = (label: string, cell: (pages: readonly PageResult[]) => string) => lines.push(row(label, all.map(cell)));

  if (corpus.kind === 'scrapinghub') {
    each('F1 (4-gram shingles) ± bootstrap σ', (pages) => {
      const tp = pages.map((p) => p.tpFpFn!);
      return `${f3(shingleMetrics(tp).f1)} ± ${f3(shingleBootstrap(tp).f1)}`;
    });
    each('precision (mean over pages)', (pages) => f3(shingleMetrics(pages.map((p) => p.tpFpFn!)).precision));
    each('recall (mean over pages)', (pages) => f3(shingleMetrics(pages.map((p) => p.tpFpFn!)).recall));
  } else {
    each('F1 (WCXB word F1, mean)', (pages) => f3(mean(pages.map((p) => p.f1))));
    each('precision (mean)', (pages) => f3(mean(pages.map((p) => p.precision))));
    each('recall (mean)', (pages) => f3(mean(pages.map((p) => p.recall))));
  }

  const types = [...new Set(corpus.pages.map((p) => p.pageType).filter((t): t is string => t !== null))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  if (!types.length) lines.push(row('WCXB word F1 per page type', names.map(() => 'n/a')));
  for (const type of types) {
    const count = corpus.pages.filter((p) => p.pageType === type).length;
    each(`  ${type} (${count})`, (pages) => f3(mean(pages.filter((p) => p.pageType === type).map((p) => p.f1))));
  }

  const hasSnippets = corpus.pages.some((p) => p.with.length || p.without.length);
  each('with snippets found', (pages) => (hasSnippets ? fraction(sum(pages, 'withFound'), sum(pages, 'withTotal')) : 'n/a'));
  each('without snippets kept (lower=better)', (pages) => (hasSnippets ? fraction(sum(pages, 'withoutKept'), sum(pages, 'withoutTotal')) : 'n/a'));
  for (const [field, label] of [
    ['title', 'title (normalised exact)'],
    ['author', 'author (equal or contained)'],
    ['date', 'date (same calendar day)'],
  ] as const) {
    const truthCount = all[0]?.filter((p) => p[field] !== null).length ?? 0;
    each(truthCount ? `${label} (${truthCount})` : label, (pages) => {
      const scored = pages.filter((p) => p[field] !== null);
      return scored.length ? fraction(scored.filter((p) => p[field]).length, scored.length) : 'n/a';
    });
  }
  each('pages empty / error', (pages) => `${pages.filter((p) => p.outcome === 'empty').length} / ${pages.filter((p) => p.outcome === 'error').length}`);
  each('time per page, median ms', (pages) => median(pages.map((p) => p.ms)).toFixed(1));
  each('time per page, p95 ms', (pages) => quantile(pages.map((p) => p.ms), 0.95).toFixed(1));

  lines.push('');
  lines.push(`timed: ${names.map((name) => `${name} = ${EXTRACTORS[name].timed}`).join('; ')}`);
  lines.push(`parsing with ${dom} (not in the times above): median ${median(parseMs).toFixed(1)} ms, p95 ${quantile(parseMs, 0.95).toFixed(1)} ms`);
  const km = results.get('keepmark');
  const rd = results.get('readability');
  if (km && rd) {
    const ratio = median(km.map((p) => p.ms)) / median(rd.map((p) => p.ms));
    lines.push(`Keepmark / (Readability + turndown), median time per page: ${ratio.toFixed(2)}×`);
  }
  if (rd?.some((p) => p.textContentF1 !== undefined)) {
    lines.push(`readability scored on its textContent instead of its content's block text: F1 ${f3(mean(rd.map((p) => p.textContentF1 ?? 0)))}`);
  } else if (rd?.some((p) => p.textContentTpFpFn)) {
    const m = shingleMetrics(rd.map((p) => p.textContentTpFpFn ?? [0, 0, 1]));
    lines.push(`readability scored on its textContent instead of its content's block text: F1 ${f3(m.f1)}, P ${f3(m.precision)}, R ${f3(m.recall)}`);
  }
  if (referenceCheck.length) {
    lines.push('scorer check on the corpus reference outputs (published: readability_js F1 0.947 ± 0.005, P 0.914, R 0.982; html-text 0.665, P 0.500, R 0.994):');
    for (const line of referenceCheck) lines.push(`  ${line}`);
  }
  return lines.join('\n');
}

/** The `count` lowest-F1 pages as a Markdown table, so a regression has names. */
export function worstPages(corpus: Corpus, name: ExtractorName, pages: readonly PageResult[], count: number): string {
  const worst = [...pages].sort((a, b) => a.f1 - b.f1 || b.truthChars - a.truthChars || a.id.localeCompare(b.id)).slice(0, count);
  const lines = [
    `# ${name}: the ${worst.length} worst pages of ${corpus.name}`,
    '',
    `Scored by ${corpus.kind === 'scrapinghub' ? 'ScrapingHub 4-gram shingles' : 'WCXB word F1'}; chars = extracted / ground truth.`,
    '',
    '| # | id | url | page type | F1 | P | R | outcome | chars |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...worst.map(
      (p, i) =>
        `| ${i + 1} | ${p.id} | ${p.url} | ${p.pageType ?? 'n/a'} | ${f3(p.f1)} | ${f3(p.precision)} | ${f3(p.recall)} | ${p.outcome}${p.error ? `: ${p.error.replace(/\|/g, '\\|').slice(0, 80)}` : ''} | ${p.chars} / ${p.truthChars} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

function row(label: string, cells: readonly string[]): string {
  return label.padEnd(LABEL) + cells.map((c) => c.padEnd(COLUMN)).join('').trimEnd();
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}

function sum(pages: readonly PageResult[], key: 'withFound' | 'withTotal' | 'withoutKept' | 'withoutTotal'): number {
  return pages.reduce((s, p) => s + p[key], 0);
}

function fraction(part: number, whole: number): string {
  return whole ? `${part}/${whole} ${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

function f3(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(3);
}
