import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<!doctype html><html><body>${body}</body></html>`);
import { markCodeBlockLanguages, medium, removeMemberLabel, resolvePictures } from '../../../src/core/extract/adapters/medium';

test('matches medium.com and its subdomains only', () => {
  expect(medium.matches(new URL('https://medium.com/@a/post-1a2b3c4d5e6f'))).toBe(true);
  expect(medium.matches(new URL('https://ada.medium.com/post-1a2b3c4d5e6f'))).toBe(true);
  expect(medium.matches(new URL('https://notmedium.com/post'))).toBe(false);
});

test('resolvePictures gives an address-less img the widest non-WebP source', () => {
  const doc = page(`<picture>
    <source type="image/webp" srcset="https://miro.medium.com/a.webp 640w, https://miro.medium.com/b.webp 1400w">
    <source srcset="https://miro.medium.com/a.png 640w, https://miro.medium.com/b.png 1400w">
    <img alt="x" width="700"></picture>
    <picture><source srcset="https://miro.medium.com/c.png 640w"><img src="https://miro.medium.com/kept.png"></picture>`);
  resolvePictures(doc.body);
  const [first, second] = doc.querySelectorAll('img');
  expect(first.getAttribute('src')).toBe('https://miro.medium.com/b.png');
  expect(second.getAttribute('src')).toBe('https://miro.medium.com/kept.png');
});

test('removeMemberLabel removes the label with its wrapper (the outermost element holding only it), not paragraphs that mention it', () => {
  const doc = page('<article><div class="w"><svg></svg><p><span>Member-only story</span></p></div><p>Why I made this a member-only story.</p></article>');
  const article = doc.querySelector('article')!;
  removeMemberLabel(article);
  expect(article.innerHTML).toBe('<p>Why I made this a member-only story.</p>');
});

test('markCodeBlockLanguages lifts data-code-block-lang to the pre', () => {
  const doc = page('<pre><span data-code-block-lang="rust">fn main() {}</span></pre>');
  markCodeBlockLanguages(doc.body);
  expect(doc.querySelector('pre')!.getAttribute('class')).toBe('language-rust');
});
