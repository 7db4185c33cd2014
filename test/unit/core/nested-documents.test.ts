import { expect, test } from 'vitest';
import { convertPage, parsePage } from '../../../src/core/pipeline';

// A CMS page whose content blocks each arrive as a whole pasted document, as some editors export them.
const block = (heading: string, n: number) =>
  `<html><head><title>Block ${n}</title><meta charset="utf-8"><style>p { margin: 0 }</style></head><body>` +
  `<h2>${heading}</h2><p>Section ${n} of the guide: pick a conference by the talks you would skip work for, ` +
  `then check whether the hallway track or the workshops are the real draw for your team this year.</p></body></html>`;
const page = `<!doctype html><html><head><title>Choosing a conference</title></head><body>
  <header><nav><a href="/">Events Blog</a></nav></header>
  <div class="article-content">${block('Start with the talks', 1)}<p>A sponsor's note between blocks.</p>${block('Weigh the workshops', 2)}${block('Budget for travel', 3)}${block('Plan the hallway track', 4)}</div>
  <footer>© Events Blog</footer></body></html>`;

test('documents pasted inside the body are unwrapped as a browser reads them: their content stays in place', () => {
  const doc = parsePage(page);
  expect(doc.body.querySelector('html, head, body')).toBeNull();
  const content = doc.querySelector('.article-content')!;
  expect([...content.children].map((el) => el.tagName)).toEqual(['H2', 'P', 'P', 'H2', 'P', 'H2', 'P', 'H2', 'P']);
  // What a browser never shows from a nested head goes with it.
  expect(content.querySelector('title, meta, style')).toBeNull();
  expect(doc.title).toBe('Choosing a conference');
});

test('every pasted block is saved, not only the largest', () => {
  const { capture } = convertPage(page, 'https://events.example.org/choosing-a-conference', { id: 'c1', now: 0, offset: 0 });
  for (const n of [1, 2, 3, 4]) expect(capture.text).toContain(`Section ${n} of the guide`);
  expect(capture.text).not.toContain('Block 2');
});

test('a page with a script before its doctype keeps its head: title, author and date are still read', () => {
  const article = [1, 2, 3].map((n) => `<p>Paragraph ${n}: the ferry timetable changes twice a year, and the winter one drops the late crossing on weekdays.</p>`).join('');
  const page = `<script>window.source = 'direct';</script>
    <!DOCTYPE html><html lang="en"><head><title>Winter ferry times</title><meta name="author" content="Ida Strand">
    <script type="application/ld+json">{"@type":"Article","headline":"Winter ferry times","datePublished":"2025-11-02T08:00:00+01:00"}</script></head>
    <body><article><h1>Winter ferry times</h1>${article}</article></body></html>`;
  const { capture } = convertPage(page, 'https://harbour.example.org/winter-ferry', { id: 'f1', now: 0, offset: 0 });
  expect(capture.title).toBe('Winter ferry times');
  expect(capture.byline).toBe('Ida Strand');
  expect(capture.published).toBe('2025-11-02T08:00:00+01:00');
  expect(capture.text).toContain('Paragraph 3: the ferry timetable');
  expect(capture.text).not.toContain('window.source');
});
