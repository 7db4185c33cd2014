import { describe, expect, it } from 'vitest';
import {
  authorMatches,
  calendarDay,
  dateMatches,
  lowerWords,
  median,
  quantile,
  shingleBootstrap,
  shingleMatch,
  shingleMetrics,
  shinglePageF1,
  snippetsFound,
  titleMatches,
  wordF1,
  words,
} from '../../scripts/bench/score';

describe('words', () => {
  it('splits on anything but letters, numbers and underscore, in any script', () => {
    expect(words('Hello, world_2! Ünïcode 数据 x²')).toEqual(['Hello', 'world_2', 'Ünïcode', '数据', 'x²']);
    expect(words('')).toEqual([]);
    expect(lowerWords('The THE the')).toEqual(['the', 'the', 'the']);
  });
});

describe('ScrapingHub shingles', () => {
  it('scores an exact copy as all true positives', () => {
    expect(shingleMatch('a b c d e', 'a b c d e')).toEqual([1, 0, 0]);
  });

  it('counts 4-gram shingles as a multiset and normalises to sum 1', () => {
    // truth shingles: abcd, bcde; predicted: abcd, bcdx → 1 TP, 1 FP, 1 FN
    const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d x');
    expect([tp, fp, fn].map((v) => v * 3)).toEqual([1, 1, 1]);
    // a repeated shingle counts once per occurrence
    const [tp2, fp2, fn2] = shingleMatch('a b c d', 'a b c d. a b c d');
    expect(tp2 / (tp2 + fp2 + fn2)).toBeGreaterThan(0);
    expect(fp2).toBeGreaterThan(0);
    expect(fn2).toBe(0);
  });

  it('is case-sensitive, as evaluate.py is', () => {
    expect(shingleMatch('One two three four', 'one two three four')).toEqual([0, 0.5, 0.5]);
  });

  it('reads a text shorter than four tokens as one shorter shingle', () => {
    expect(shingleMatch('short text', 'short text')).toEqual([1, 0, 0]);
    expect(shingleMatch('', '')).toEqual([0, 0, 0]);
  });

  it('leaves pages with empty output out of precision but counts them in recall', () => {
    const full = shingleMatch('a b c d e', 'a b c d e');
    const empty = shingleMatch('a b c d e', '');
    expect(empty).toEqual([0, 0, 1]);
    const m = shingleMetrics([full, empty]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(shinglePageF1(empty)).toBe(0);
  });

  it('gives a zero spread when every page scores the same, and the same spread on every run', () => {
    const pages = [shingleMatch('a b c d e', 'a b c d e'), shingleMatch('a b c d e', 'a b c d e')];
    expect(shingleBootstrap(pages, 50).f1).toBe(0);
    const mixed = [shingleMatch('a b c d e', 'a b c d x'), shingleMatch('a b c d e', 'a b c d e'), shingleMatch('a b c d e', '')];
    expect(shingleBootstrap(mixed, 50)).toEqual(shingleBootstrap(mixed, 50));
  });
});

describe('WCXB word F1', () => {
  it('matches lower-cased words as a multiset', () => {
    const { precision, recall, f1 } = wordF1('The cat the cat sat', 'the cat sat on the mat');
    // overlap: the×2, cat×1, sat×1 = 4 of 5 predicted, 4 of 6 reference
    expect(precision).toBeCloseTo(4 / 5);
    expect(recall).toBeCloseTo(4 / 6);
    expect(f1).toBeCloseTo((2 * (4 / 5) * (4 / 6)) / (4 / 5 + 4 / 6));
  });

  it('scores empty outputs and empty references as evaluate.py does', () => {
    expect(wordF1('', 'some text').f1).toBe(0);
    expect(wordF1('', '').f1).toBe(1);
    expect(wordF1('extra', '').f1).toBe(0);
    expect(wordF1('!!!', 'words').f1).toBe(0);
  });

  it('counts snippets found case-insensitively, whitespace as written', () => {
    expect(snippetsFound('Hello World. Read more', ['hello world', 'READ MORE', 'missing', 'hello  world'])).toBe(2);
  });
});

describe('metadata checks', () => {
  it('matches titles after lower-casing, folding spaces and trimming punctuation at the ends', () => {
    expect(titleMatches('  “What is  Cloud Computing?” ', 'What is cloud computing')).toBe(true);
    expect(titleMatches('What is Cloud Computing? | Google Cloud', 'What is Cloud Computing?')).toBe(false);
    expect(titleMatches(null, 'x')).toBe(false);
  });

  it('matches authors when equal or when one contains the other', () => {
    expect(authorMatches('By Korin Miller', 'Korin Miller')).toBe(true);
    expect(authorMatches('Dylan Bailey', 'Dylan Bailey, MS, RD, FAND')).toBe(true);
    expect(authorMatches('Staff', 'Korin Miller')).toBe(false);
    expect(authorMatches('', 'Korin Miller')).toBe(false);
    expect(authorMatches(null, 'Korin Miller')).toBe(false);
  });

  it('matches dates on the calendar day the page states, not the UTC day', () => {
    expect(calendarDay('2025-09-04T23:30:00-05:00')).toBe('2025-09-04');
    expect(calendarDay('Thu, 04 Sep 2025 10:00:00 GMT')).toBe('2025-09-04');
    expect(calendarDay('not a date')).toBeNull();
    expect(dateMatches('2025-09-04T23:30:00-05:00', '2025-09-04')).toBe(true);
    expect(dateMatches('2025-09-05T01:00:00Z', '2025-09-04')).toBe(false);
    expect(dateMatches('2025-09-17', '2025-09')).toBe(true);
    expect(dateMatches(null, '2025-09-04')).toBe(false);
  });
});

describe('time statistics', () => {
  it('takes the median and a nearest-rank quantile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
