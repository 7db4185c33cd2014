/**
 * The corpora's own scoring methods, ported so that our figures can be set beside the published ones
 * (../shared/corpus/README.md), and the metadata checks of `npm run bench:extract`. Pure functions only.
 */
import { seededRandom } from './random';

/**
 * Python's `\w` on str: letters, numbers, underscore (`str.isalnum()`); combining marks are not
 * word characters there, so they are not here either.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Unicode `\w+` runs, case kept (ScrapingHub's `_tokenize`). */
export function words(text: string): string[] {
  return text ? (text.match(WORD) ?? []) : [];
}

/** True positives, false positives, false negatives of one page. */
export type TpFpFn = readonly [tp: number, fp: number, fn: number];

/**
 * ScrapingHub's `string_shingle_matching`: `n`-gram shingles of `\w+` tokens as multisets, TP/FP/FN
 * normalised to sum 1 so long pages weigh no more than short ones. A text shorter than `n` tokens is
 * one shorter shingle, as in `evaluate.py`.
 */
export function shingleMatch(truth: string, predicted: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = words(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shinglePrecision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function shingleRecall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface PrF1 {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * ScrapingHub's `metrics_from_tp_fp_fns`: precision averaged over pages with any predicted shingle
 * (an empty output counts for recall only), recall over pages with any true shingle, F1 the harmonic
 * mean of the two averages.
 */
export function shingleMetrics(pages: readonly TpFpFn[]): PrF1 {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(shinglePrecision));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(shingleRecall));
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** One page's F1 from its shingle counts, for ranking pages. */
export function shinglePageF1(page: TpFpFn): number {
  return harmonic(shinglePrecision(page), shingleRecall(page));
}

/**
 * The ± of the ScrapingHub README's table: the standard deviation of each metric over `samples`
 * bootstrap resamples of the pages (today's `evaluate.py` prints 1.96 × that; the published table,
 * reproduced from its reference outputs, does not). Seeded, so reruns agree.
 */
export function shingleBootstrap(pages: readonly TpFpFn[], samples = 1000, seed = 1): PrF1 {
  const random = seededRandom(seed);
  const values: Record<keyof PrF1, number[]> = { precision: [], recall: [], f1: [] };
  for (let s = 0; s < samples; s++) {
    const sample = Array.from({ length: pages.length }, () => pages[Math.floor(random() * pages.length)]);
    const m = shingleMetrics(sample);
    values.precision.push(m.precision);
    values.recall.push(m.recall);
    values.f1.push(m.f1);
  }
  return { precision: stdev(values.precision), recall: stdev(values.recall), f1: stdev(values.f1) };
}

/** WCXB's `tokenize`: lower-cased `\w+` runs. */
export function lowerWords(text: string): string[] {
  return words(text.toLowerCase());
}

/**
 * WCXB's `word_f1`: bag-of-words overlap (multiset intersection) of lower-cased tokens. An empty
 * reference scores 1 only against an empty output; an empty output scores 0.
 */
export function wordF1(predicted: string, reference: string): PrF1 {
  const pred = lowerWords(predicted);
  const ref = lowerWords(reference);
  if (!ref.length) return pred.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!pred.length) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = new Map<string, number>();
  for (const w of ref) refCounts.set(w, (refCounts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of pred) {
    const left = refCounts.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      refCounts.set(w, left - 1);
    }
  }
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** WCXB's `snippet_check`, as a count: how many snippets occur in `text`, case-insensitively, as written. */
export function snippetsFound(text: string, snippets: readonly string[]): number {
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length;
}

/** Lower case, whitespace collapsed, punctuation and symbols stripped at both ends. */
export function normaliseTitle(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Titles match when equal after `normaliseTitle`. */
export function titleMatches(found: string | null | undefined, truth: string): boolean {
  return !!found && normaliseTitle(found) === normaliseTitle(truth);
}

/** Lower case, "By" dropped, punctuation folded to spaces, whitespace collapsed. */
export function normaliseAuthor(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by /, '');
}

/** Authors match when equal after `normaliseAuthor`, or when one contains the other. */
export function authorMatches(found: string | null | undefined, truth: string): boolean {
  if (!found) return false;
  const a = normaliseAuthor(found);
  const b = normaliseAuthor(truth);
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

/**
 * The calendar day a date string names, `YYYY-MM-DD`: an ISO date's own day (never moved to UTC, so
 * `2025-09-04T23:30:00-05:00` is the 4th), else what `Date.parse` reads, in UTC.
 */
export function calendarDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Dates match on the same calendar day. A ground truth that only gives a month (`2025-09`) matches
 * any day of that month.
 */
export function dateMatches(found: string | null | undefined, truth: string): boolean {
  const day = calendarDay(found);
  return !!day && day.startsWith(truth.trim());
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value at fraction `q` of the sorted values (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

function stdev(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}
