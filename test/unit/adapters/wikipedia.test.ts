import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<!doctype html><html><body>${body}</body></html>`);
import { markMediaWikiLanguages, wikipedia } from '../../../src/core/extract/adapters/wikipedia';

test('markMediaWikiLanguages reads the SyntaxHighlight wrapper', () => {
  const doc = page('<div class="mw-highlight mw-highlight-lang-c mw-content-ltr"><pre>int x;</pre></div>');
  markMediaWikiLanguages(doc.body);
  expect(doc.querySelector('pre')!.getAttribute('class')).toBe('language-c');
});

test('matches article paths on every language edition', () => {
  expect(wikipedia.matches(new URL('https://de.wikipedia.org/wiki/Bloomfilter'))).toBe(true);
  expect(wikipedia.matches(new URL('https://en.m.wikipedia.org/wiki/Bloom_filter'))).toBe(true);
  expect(wikipedia.matches(new URL('https://en.wikipedia.org/w/index.php?title=X'))).toBe(false);
});

test('pages outside the article namespace are left to the generic extractor', () => {
  const page = (ns: number) =>
    parsePage(`<html><body class="mediawiki ns-${ns}"><div id="mw-content-text"><div class="mw-parser-output"><p>Pages in this category.</p></div></div></body></html>`);
  const url = new URL('https://en.wikipedia.org/wiki/Category:Hashing');
  expect(wikipedia.extract(page(14), url).content).toBeNull();
  expect(wikipedia.extract(page(0), url).content).not.toBeNull();
});
