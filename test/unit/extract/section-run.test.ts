import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { sectionRun } from '../../../src/core/extract/section-run';

const prose = (topic: string) =>
  `<p>Everything about ${topic} fits in this paragraph: what it is for, when to reach for it, and what to check afterwards, written out at the length a reference page gives each part.</p>`;
const section = (title: string, body = prose(title)) => `<div class="sect1"><h2>${title}</h2><div class="sectionbody">${body}</div></div>`;
const page = (sections: string, around = '') => parsePage(`<html><body>${around}<div id="main">${sections}</div></body></html>`);

test('three like sections, each under its heading with prose of its own, make a run: the element holding them', () => {
  const run = sectionRun(page(['Name', 'Description', 'Options'].map((t) => section(t)).join('')));
  expect(run?.id).toBe('main');
  expect(run?.querySelectorAll('h2')).toHaveLength(3);
});

test('two sections, cards of a line each, and headed lists of links are not a run', () => {
  expect(sectionRun(page(['Name', 'Description'].map((t) => section(t)).join('')))).toBeNull();
  const card = (t: string) => section(t, `<p>A short teaser for ${t}.</p>`);
  expect(sectionRun(page(['One', 'Two', 'Three', 'Four'].map(card).join('')))).toBeNull();
  const links = (t: string) =>
    section(t, `<ul>${[1, 2, 3, 4, 5, 6].map((n) => `<li><a href="/${t}/${n}">The ${t} page number ${n} of the site's map</a></li>`).join('')}</ul>`);
  expect(sectionRun(page(['Shop', 'Help', 'About'].map(links).join('')))).toBeNull();
});

test('sections in the page furniture (a footer, a sidebar) are not a run', () => {
  const sections = ['Name', 'Description', 'Options'].map((t) => section(t)).join('');
  expect(sectionRun(parsePage(`<html><body><footer><div>${sections}</div></footer></body></html>`))).toBeNull();
  expect(sectionRun(parsePage(`<html><body><aside><div>${sections}</div></aside></body></html>`))).toBeNull();
});

// The manual page fixture: Readability keeps its longest section (OPTIONS) alone.
const manual = readFileSync(join(import.meta.dirname, '../../fixtures/asciidoctor-manual/source.html'), 'utf8');
const url = 'https://docs.quillwork.example.dev/manual/quill-archive';

test('a manual page is saved with all its sections', () => {
  const capture = captureArticle(parsePage(manual), url);
  expect(capture.text).toContain('quill-archive - Move finished notes');
  expect(capture.text).toContain('Zero when every chosen note was archived');
});

test('on a page that declares itself an article, the generic extractor\'s choice stands', () => {
  const capture = captureArticle(parsePage(manual.replace('</head>', '<meta property="og:type" content="article"></head>')), url);
  expect(capture.text).not.toContain('quill-archive - Move finished notes');
});
