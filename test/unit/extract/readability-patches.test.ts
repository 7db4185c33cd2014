import { expect, test } from 'vitest';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { Readability as Published } from 'readability-anchor';
import { parsePage } from '../../../src/core/pipeline';
import { pageParts } from '../../../src/core/extract/page-parts';

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

test('inline styles still hide what they hide, with the style object read only where a style attribute is', () => {
  const html =
    `<html><body><article>${[1, 2, 3].map(paragraph).join('')}` +
    `<div style="display: none">${paragraph(90)}</div><div style="visibility:hidden">${paragraph(91)}</div>` +
    `<div style="color: teal">${paragraph(4)}</div>${paragraph(5)}</article></body></html>`;
  const { patched: article, published } = both(html);
  expect(article?.textContent).not.toContain('Paragraph 90');
  expect(article?.textContent).not.toContain('Paragraph 91');
  expect(article?.textContent).toContain('Paragraph 4 of the field notes');
  expect(article?.content).toBe(published?.content);
  expect(isProbablyReaderable(parsePage(`<html><body><p style="display:none">${'hidden words '.repeat(60)}</p></body></html>`))).toBe(false);
  expect(isProbablyReaderable(parsePage(`<html><body><p>${'shown words '.repeat(60)}</p></body></html>`))).toBe(true);
});

test('the readerable check reads the candidates it is given, and gives the same answer on those a page walk gathers', () => {
  const pages = [
    `<html><body><article>${[1, 2, 3].map(paragraph).join('')}</article></body></html>`,
    `<html><body><div>${'A line of the log kept in a div.<br>'.repeat(20)}</div></body></html>`,
    `<html><body><ul><li><p>${'Only list items here. '.repeat(20)}</p></li></ul></body></html>`,
  ];
  for (const html of pages) {
    const doc = parsePage(html);
    expect(isProbablyReaderable(doc, { candidates: pageParts(doc).readerCandidates })).toBe(isProbablyReaderable(doc));
  }
  expect(isProbablyReaderable(parsePage(pages[0]))).toBe(true);
  expect(isProbablyReaderable(parsePage(pages[1]))).toBe(true);
  expect(isProbablyReaderable(parsePage(pages[0]), { candidates: [] })).toBe(false);
});
