import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<!doctype html><html><body>${body}</body></html>`);
import { substack, unwrapImageLinks } from '../../../src/core/extract/adapters/substack';

test('unwrapImageLinks keeps the image and drops its link to the full-size file', () => {
  const doc = page('<figure><a class="image-link image2" href="https://x/full.png"><div><img src="https://x/w.png"></div></a></figure>');
  unwrapImageLinks(doc.body);
  expect(doc.querySelector('figure')!.innerHTML).toBe('<div><img src="https://x/w.png"></div>');
});

test('matches posts on substack subdomains only', () => {
  expect(substack.matches(new URL('https://ada.substack.com/p/a-post'))).toBe(true);
  expect(substack.matches(new URL('https://ada.substack.com/archive'))).toBe(false);
});
