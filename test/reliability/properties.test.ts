// Property tests: on any generated page the pipeline returns a post or says "nothing to save",
// and the post's front matter reads back as YAML 1.1 and 1.2 with the capture's title.
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { convertOrNothing, frontMatter } from './outcome';
import { generatedHtml, pageUrl, wrongCharsetHtml } from './pages';
import { emptyFigures, saveFigures } from './figures';

const RUNS = 1000;
const figures = emptyFigures();

function holds(html: string, url: string): void {
  figures.casesGenerated++;
  const page = convertOrNothing(html, url);
  if (!page) return;
  for (const version of ['1.1', '1.2'] as const) {
    expect(frontMatter(page.post.content, version).title).toBe(page.capture.title);
  }
}

test('generated HTML gives a post with a readable front matter, or nothing to save', () => {
  fc.assert(fc.property(generatedHtml, pageUrl, holds), { numRuns: RUNS });
});

test('random bytes and pages in the wrong charset give a post or nothing to save', () => {
  fc.assert(fc.property(wrongCharsetHtml, pageUrl, holds), { numRuns: RUNS });
});

afterAll(() => saveFigures('properties', figures));
