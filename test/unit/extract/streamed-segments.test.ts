import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { pageParts } from '../../../src/core/extract/page-parts';
import { captureArticle } from '../../../src/core/extract';
import { placeStreamedSegments } from '../../../src/core/extract/repairs/streamed-segments';

const story = [1, 2, 3, 4].map(
  (n) => `<p>Part ${n} of the repair log: the kettle's switch stuck, so I cleaned the contacts, bent the spring back and tested it ten times.</p>`,
).join('');

// React's streamed markup as a server sends it: the boundary with its loading fallback where the
// article goes, the article itself hidden at the end of the body (its script is not run here).
const streamed = `<html><head><title>Fixing a kettle</title></head><body>
  <header><a href="/">Repair Log</a></header>
  <main><h1>Fixing a kettle</h1><!--$?--><template id="B:0"></template><div class="skeleton">Loading article…</div><!--/$--></main>
  <footer>© Repair Log</footer>
  <div hidden id="S:0"><article>${story}</article></div></body></html>`;

test('a streamed article hidden at the end of the body is saved', () => {
  const capture = captureArticle(parsePage(streamed), 'https://repairs.example.org/kettle');
  expect(capture.text).toContain('Part 1 of the repair log');
  expect(capture.text).toContain('Part 4 of the repair log');
  expect(capture.text).not.toContain('Loading article');
});

test('the segment takes the place of the boundary and its fallback, and a placeholder segment its template', () => {
  const doc = parsePage(`<html><body><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main>
    <div hidden id="S:0"><section><h2>Notes</h2><template id="P:1"></template></section></div>
    <div hidden id="S:1"><p>Late paragraph.</p></div></body></html>`);
  placeStreamedSegments(doc, pageParts(doc).segments);
  expect(doc.querySelector('main')?.innerHTML).toBe('<!--$?--><section><h2>Notes</h2><p>Late paragraph.</p></section><!--/$-->');
  expect(doc.querySelector('[hidden]')).toBeNull();
});

test('a hidden "S:" element with nowhere to go stays where it is', () => {
  const doc = parsePage('<html><body><p>Shown.</p><div hidden id="S:7"><p>Orphan.</p></div></body></html>');
  placeStreamedSegments(doc, pageParts(doc).segments);
  expect(doc.getElementById('S:7')).not.toBeNull();
});

test('without the closing marker (a page saved without comments) the segment replaces the template and nothing after it goes', () => {
  const doc = parsePage(`<html><body><main><template id="B:0"></template><p>Loading paragraph…</p><p>Kept: written in the page itself.</p>
    <template id="B:1"></template><p>Loading paragraph…</p></main>
    <div hidden id="S:0"><p>First streamed paragraph.</p></div><div hidden id="S:1"><p>Second streamed paragraph.</p></div></body></html>`);
  placeStreamedSegments(doc, pageParts(doc).segments);
  const text = doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ').trim();
  expect(text).toBe('First streamed paragraph.Loading paragraph…Kept: written in the page itself. Second streamed paragraph.Loading paragraph…');
  expect(doc.querySelector('[hidden]')).toBeNull();
});
