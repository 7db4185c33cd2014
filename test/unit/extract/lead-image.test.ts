import { expect, test } from 'vitest';
import { captureArticle } from '../../../src/core/extract';
import { parsePage } from '../../../src/core/pipeline';

const article = (head: string, body: string) =>
  parsePage(`<html><head>${head}</head><body><article><h1>T</h1><p>${'Enough words to make an article here. '.repeat(20)}</p>${body}</article></body></html>`);

test.each([
  ['og:image with javascript:', '<meta property="og:image" content="javascript:alert(1)">', '', null],
  ['first image with a data: URL', '', '<img src="data:image/png;base64,AAAA">', null],
  ['og:image over http(s)', '<meta property="og:image" content="https://img.example.org/a.png">', '', 'https://img.example.org/a.png'],
])('lead image from %s', (_name, head, body, expected) => {
  expect(captureArticle(article(head, body), 'https://example.org/post').leadImage).toBe(expected);
});
