import { describe, expect, it } from 'vitest';
import { generateArticle, MAX_BYTES, MIN_BYTES } from '../../scripts/bench/library/generate';
import { median, percentile } from '../../scripts/bench/library/stats';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('library benchmark generator', () => {
  const articles = Array.from({ length: 200 }, (_, i) => generateArticle(1, i));

  it('gives the same article for the same seed and index, another for another seed', () => {
    expect(generateArticle(1, 42)).toEqual(generateArticle(1, 42));
    expect(generateArticle(2, 42).paragraphs).not.toEqual(generateArticle(1, 42).paragraphs);
  });

  it('keeps every text between 2 and 50 KB, counted right, spread over the range', () => {
    for (const a of articles) {
      expect(a.bytes).toBe(utf8(a.paragraphs.join('\n')));
      expect(a.bytes).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(a.bytes).toBeLessThanOrEqual(MAX_BYTES + 64);
    }
    const sizes = articles.map((a) => a.bytes);
    expect(sizes.filter((b) => b < 5 * 1024).length).toBeGreaterThan(20);
    expect(sizes.filter((b) => b > 30 * 1024).length).toBeGreaterThan(20);
  });

  it('mixes Latin and CJK text and gives each article a few tags', () => {
    const cjk = articles.filter((a) => /\p{Script=Han}/u.test(a.paragraphs.join(''))).length;
    const latin = articles.filter((a) => /[a-z]{3}/.test(a.paragraphs.join(''))).length;
    expect(cjk).toBeGreaterThan(50);
    expect(latin).toBeGreaterThan(50);
    for (const a of articles) expect(a.tags.length).toBeGreaterThanOrEqual(1);
  });
});

describe('library benchmark stats', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(median(xs)).toBe(10);
    expect(percentile(xs, 0.95)).toBe(19);
    expect(percentile([5], 0.95)).toBe(5);
  });
});
