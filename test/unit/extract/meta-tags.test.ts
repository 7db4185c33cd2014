// Meta tags as readMetadata reads them: by property, name or itemprop, the first element naming each.
import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { readMetadata } from '../../../src/core/extract/metadata';
import { pageParts } from '../../../src/core/extract/page-parts';

const metadata = (head: string) => {
  const doc = parsePage(`<html><head>${head}</head><body><p>Text.</p></body></html>`);
  return readMetadata(doc, pageParts(doc), 'https://example.org/a');
};

test('the first element naming a property answers, whichever attribute names it', () => {
  const m = metadata(`<meta name="og:title" content="First"><meta property="og:title" content="Second"><meta itemprop="description" content="Told by microdata">`);
  expect(m.titles[0]).toBe('First');
  expect(m.description).toBe('Told by microdata');
});

test('an empty first answer gives way to the next name asked for, not to a later element of the same name', () => {
  const m = metadata(`<meta property="og:title" content="  "><meta property="og:title" content="Later copy"><meta name="twitter:title" content="From Twitter card"><title>Page title</title>`);
  expect(m.titles).toEqual(['From Twitter card', 'Page title']);
});

test('one element can name two properties', () => {
  const m = metadata(`<meta property="og:site_name" name="application-name" content="Field Notes">`);
  expect(m.siteName).toBe('Field Notes');
});
