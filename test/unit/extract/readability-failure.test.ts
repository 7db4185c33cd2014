import { expect, test, vi } from 'vitest';

// Readability throws a TypeError on some malformed trees (seen on a WCXB page): stand that in.
vi.mock('@mozilla/readability', async (original) => ({
  ...(await original<typeof import('@mozilla/readability')>()),
  Readability: class {
    parse(): never {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    }
  },
}));

const { captureArticle, NothingToSaveError } = await import('../../../src/core/extract');
const { parsePage } = await import('../../../src/core/pipeline');

test('a Readability crash becomes a clear "nothing to save", not an error out of the pipeline', () => {
  const doc = parsePage('<html><body><p>Some text on a page no adapter knows.</p></body></html>');
  expect(() => captureArticle(doc, 'https://example.org/x')).toThrow(NothingToSaveError);
});
