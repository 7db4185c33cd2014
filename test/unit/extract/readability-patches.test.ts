import { expect, test } from 'vitest';
import { Readability } from '@mozilla/readability';
import { Readability as Published } from 'readability-anchor';
import { parsePage } from '../../../src/core/pipeline';

// Keepmark's Readability is patched (patches/@mozilla+readability+0.6.0.patch) to copy nodes
// where the published one assigns markup to innerHTML. These pin the two behaviours the patch
// touches, and that the result is the published version's (an npm alias of 0.6.0 as released).

function both(html: string) {
  return { patched: new Readability(parsePage(html)).parse(), published: new Published(parsePage(html)).parse() };
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the field notes, long enough to count, about tuning a small furnace, ` +
  `checking its flue, and writing down the readings every morning before the shop opens.</p>`;

test('a retry starts again from the whole page: the article hidden in an "unlikely" box is found', () => {
  // The first pass drops class="comment" as unlikely and finds too little text; the retry
  // without that flag must see the page as it was, not the page the first pass cut up.
  const { patched: article, published } = both(
    `<html><body><div class="nav"><a href="/">Home</a></div>` +
      `<div class="comment">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div></body></html>`,
  );
  expect(article?.textContent).toContain('Paragraph 1 of the field notes');
  expect(article?.textContent).toContain('Paragraph 6 of the field notes');
  expect(article?.content).toBe(published?.content);
});

test('the image inside <noscript> replaces the placeholder before it', () => {
  const { patched: article, published } = both(
    `<html><body><article>${[1, 2, 3].map(paragraph).join('')}` +
      `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-caption="furnace"></p>` +
      `<noscript><img src="https://example.org/furnace.jpg" alt="The furnace"></noscript>` +
      `${[4, 5].map(paragraph).join('')}</article></body></html>`,
  );
  expect(article?.content).toContain('src="https://example.org/furnace.jpg"');
  expect(article?.content).not.toContain('<noscript');
  expect(article?.content).toBe(published?.content);
});
