import { describe, expect, test } from 'vitest';
import { formatBytes, imageReportSummary, keepWithinCap, reportAfterRetry, type ImageOutcome } from '../../../../src/core/images/keep';

const image = (url: string, size: number): ImageOutcome => ({ url, image: { url, type: 'image/png', blob: new Blob([new Uint8Array(size)]) } });

describe('keepWithinCap', () => {
  test('keeps images in reading order while they fit; one that does not fit is reported, a later smaller one is kept', () => {
    const { kept, failed } = keepWithinCap([image('a', 400), { url: 'b', failure: 'the server refused it (HTTP 403)' }, image('c', 700), image('d', 500)], 1000);
    expect(kept.map((k) => k.url)).toEqual(['a', 'd']);
    expect(failed).toEqual([
      { url: 'b', reason: 'the server refused it (HTTP 403)' },
      { url: 'c', reason: 'over the 1000 bytes limit for one article’s images (this one is 700 bytes)' },
    ]);
  });

  test('counts the bytes already kept for the article (a retry)', () => {
    expect(keepWithinCap([image('a', 300)], 1000, 800).kept).toEqual([]);
    expect(keepWithinCap([image('a', 200)], 1000, 800).kept).toHaveLength(1);
  });
});

describe('reports', () => {
  test('the popup’s sentence', () => {
    expect(imageReportSummary({ total: 25, saved: 22, failed: [{ url: 'a', reason: 'x' }, { url: 'b', reason: 'x' }, { url: 'c', reason: 'x' }] })).toBe('3 of 25 images could not be saved');
    expect(imageReportSummary({ total: 1, saved: 0, failed: [{ url: 'a', reason: 'x' }] })).toBe('1 of 1 image could not be saved');
    expect(imageReportSummary({ total: 4, saved: 4, failed: [] })).toBeNull();
  });

  test('a retry moves the images it kept from failed to saved and updates the reasons of the rest', () => {
    const before = { total: 5, saved: 2, failed: [{ url: 'a', reason: 'HTTP 403' }, { url: 'b', reason: 'slow' }, { url: 'c', reason: 'HTTP 500' }] };
    expect(reportAfterRetry(before, ['a'], [{ url: 'b', reason: 'still slow' }])).toEqual({
      total: 5,
      saved: 3,
      failed: [{ url: 'c', reason: 'HTTP 500' }, { url: 'b', reason: 'still slow' }],
    });
  });

  test('sizes read as people say them', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
