import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { pageParts } from '../../../src/core/extract/page-parts';
import { restoreTitleLede, titleLede } from '../../../src/core/extract/title-lede';

const lede = (n: number) => `<p>Paragraph ${n} under the title says what the whole page is about, in a sentence or two.</p>`;
const ledeOf = (header: string) => {
  const doc = parsePage(`<html><body><main>${header}<div class="body"><p>The body of the page, which the extractor keeps.</p></div></main></body></html>`);
  return titleLede(pageParts(doc)).map((p) => p.textContent);
};

test('the lede is the paragraphs after the title in its block, of some length, as copies', () => {
  expect(ledeOf(`<div class="header"><p>A paragraph placed above the title, which is not its lede at all.</p><h1>Title</h1><p>March 3</p>${lede(1)}<section>${lede(2)}</section></div>`)).toEqual([
    'Paragraph 1 under the title says what the whole page is about, in a sentence or two.',
    'Paragraph 2 under the title says what the whole page is about, in a sentence or two.',
  ]);
  // A heading in the page's furniture is not the title.
  expect(ledeOf(`<aside><h1>Site name</h1>${lede(0)}</aside><div class="header"><h1>Title</h1>${lede(1)}</div>`)).toEqual([
    'Paragraph 1 under the title says what the whole page is about, in a sentence or two.',
  ]);
  expect(ledeOf(`<div class="header"><h1>Title</h1>${Array.from({ length: 13 }, (_, i) => lede(i)).join('')}</div>`)).toEqual([]);
  // A title straight in the main region: its block is the region, and every paragraph after the title counts.
  expect(ledeOf(`<h1>Title</h1>${lede(1)}`)).toEqual([
    'Paragraph 1 under the title says what the whole page is about, in a sentence or two.',
    'The body of the page, which the extractor keeps.',
  ]);
  expect(titleLede(pageParts(parsePage(`<html><body><h1>Title</h1>${lede(1)}</body></html>`)))).toEqual([]);
});

test('the lede is put back only when the kept text holds none of it', () => {
  const doc = parsePage(`<html><body><div id="header"><h1>Title</h1>${lede(1)}${lede(2)}</div><div id="content"><p>Kept.</p></div></body></html>`);
  const copies = titleLede(pageParts(doc));
  const content = doc.querySelector('#content')!;
  expect(restoreTitleLede(content, copies, `Kept.\n${copies[1].textContent}`)).toBe(false);
  expect(restoreTitleLede(content, copies, 'Kept.')).toBe(true);
  expect(content.firstElementChild?.textContent).toContain('Paragraph 1');
});

// The reference page fixture: its summary sits with the title in a header block apart from the body.
const page = readFileSync(join(import.meta.dirname, '../../fixtures/reference-intro/source.html'), 'utf8');
const url = 'https://devdocs.lanternfish.example.dev/en-US/docs/Web/API/Clipboard_Guide/Reading_text';

test('a reference page is saved with the summary under its title', () => {
  expect(captureArticle(parsePage(page), url).text).toMatch(/^A page can read the text the reader copied/);
});

test('on a page that declares an article, a paragraph under the title apart from the body stays out', () => {
  const capture = captureArticle(parsePage(page.replace('content="website"', 'content="article"')), url);
  expect(capture.text).not.toContain('A page can read the text the reader copied');
});
