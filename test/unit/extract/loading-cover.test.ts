import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { pageParts } from '../../../src/core/extract/page-parts';
import { captureArticle } from '../../../src/core/extract';
import { revealLoadingCover } from '../../../src/core/extract/repairs/loading-cover';

const lesson = [1, 2, 3, 4].map(
  (n) => `<p>Step ${n} of the lesson: sort the cards by colour, count each pile twice, and write the totals on the board before the break.</p>`,
).join('');

// A Next.js-style app shell: the whole page hidden by an inline style until its scripts run.
const page = (cover: string) => `<html><head><title>Sorting cards - Class Notes</title></head><body>
  <div id="__next"><div style="${cover};min-height:100vh">
    <div class="header" style="display:none"><a href="/">Class Notes</a></div>
    <article><h1>Sorting cards</h1>${lesson}</article>
  </div></div></body></html>`;

test.each(['visibility:hidden', 'visibility: hidden !important'])('a page covered with "%s" while it loads is saved', (cover) => {
  const capture = captureArticle(parsePage(page(cover)), 'https://notes.example.org/sorting-cards');
  expect(capture.text).toContain('Step 4 of the lesson');
});

test('a hidden part holding a small share of the text stays hidden', () => {
  const doc = parsePage(`<html><body><article><h1>Sorting cards</h1>${lesson}</article>
    <div class="share-dialog" style="visibility:hidden"><p>Share this lesson with your class by email or a printed copy.</p></div></body></html>`);
  const capture = captureArticle(doc, 'https://notes.example.org/sorting-cards');
  expect(capture.text).toContain('Step 4 of the lesson');
  expect(capture.text).not.toContain('Share this lesson');
});

test('only the hiding declaration goes: the cover keeps its other styles', () => {
  const doc = parsePage(page('visibility:hidden'));
  revealLoadingCover(doc, pageParts(doc).visibilityStyled);
  expect(doc.querySelector('#__next > div')?.getAttribute('style')).toBe('min-height:100vh');
});
