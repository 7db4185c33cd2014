import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { readMetadata } from '../../../src/core/extract/metadata';
import { decodeEntities, pageTitle, type TitleSignals } from '../../../src/core/extract/title';
import { pageParts } from '../../../src/core/extract/page-parts';

const HOST = 'fieldnotes.example';
const title = (signals: Partial<TitleSignals>) => pageTitle({ titles: [], headings: [], siteNames: [], ...signals }, HOST);

test('the heading wins when the declared title holds it', () => {
  expect(title({ titles: ['Sharding a queue - Handbook of Small Systems'], headings: ['Sharding a queue'] })).toBe('Sharding a queue');
  expect(title({ titles: ['Town Library | Opening hours | County'], headings: ['Opening hours'] })).toBe('Opening hours');
  expect(title({ titles: ['Sharding a queue in practice'], headings: ['Sharding a queue'] })).toBe('Sharding a queue');
});

test('a heading that is only the title’s last part names the book or site, not the page', () => {
  expect(title({ titles: ['Borrowing rules - The Small Language Book'], headings: ['The Small Language Book'] })).toBe('Borrowing rules');
});

test('a heading that is the site’s name (a logo) is passed over for the next one', () => {
  expect(title({ titles: ['Sharding a queue | Field Notes'], headings: ['Field Notes', 'Sharding a queue'], siteNames: ['Field Notes'] })).toBe(
    'Sharding a queue',
  );
  // The host's name counts as the site's name when the page declares none.
  expect(title({ titles: ['Sharding a queue'], headings: ['FieldNotes', 'Sharding a queue'] })).toBe('Sharding a queue');
});

test('the site’s name is cut from the heading too', () => {
  expect(title({ titles: ['Sharding a queue'], headings: ['Sharding a queue | Field Notes'], siteNames: ['Field Notes'] })).toBe('Sharding a queue');
});

test('a declared title that is only the site’s name gives way to the next declared title, then to the heading', () => {
  expect(title({ titles: ['Field Notes', 'Winter socks for hiking'], siteNames: ['Field Notes'] })).toBe('Winter socks for hiking');
  expect(title({ titles: ['Field Notes'], headings: ['Winter socks for hiking'], siteNames: ['Field Notes'] })).toBe('Winter socks for hiking');
});

test('a heading with a label or count around the title, or with its spaces lost, leaves the declared title', () => {
  expect(title({ titles: ['Sharding a queue | Forum'], headings: ['Thread: Sharding a queue (12 replies)'] })).toBe('Sharding a queue');
  expect(title({ titles: ['Sharding a work queue | Field Notes'], headings: ['Sharding a workqueue'], siteNames: ['Field Notes'] })).toBe(
    'Sharding a work queue',
  );
});

test('a heading that words the same subject differently is what the reader sees; an unrelated one is not', () => {
  const titles = ['Work queue sharding: ten ways that hold up | Field Notes'];
  expect(title({ titles, headings: ['Ten ways to shard a work queue'], siteNames: ['Field Notes'] })).toBe('Ten ways to shard a work queue');
  expect(title({ titles, headings: ['Latest posts'], siteNames: ['Field Notes'] })).toBe('Work queue sharding: ten ways that hold up');
});

test('the permalink mark a documentation generator puts after a heading is not part of it', () => {
  expect(title({ titles: ['Installing - Queue Kit 2.1 documentation'], headings: ['Installing¶'] })).toBe('Installing');
});

test('with no declared title the heading is the title', () => {
  expect(title({ headings: ['Sharding a queue'] })).toBe('Sharding a queue');
  expect(title({})).toBeNull();
});

test('entities escaped twice by a CMS are decoded', () => {
  expect(title({ titles: ['Bread &#038; butter: the baker&#8217;s notes'] })).toBe('Bread & butter: the baker’s notes');
  expect(decodeEntities('Tom&#39;s &amp; Ann&#x27;s &bogus;')).toBe("Tom's & Ann's &bogus;");
});

test('metadata names the site from JSON-LD and meta tags and reads the first headings', () => {
  const doc = parsePage(`<html><head><title>Sharding a queue | Field Notes</title>
    <meta name="application-name" content="Notes App">
    <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Field Notes"},{"@type":"Organization","name":"Field Notes Ltd"}]}</script>
    </head><body><h1>Field Notes</h1><h1>Sharding a queue</h1><p>Body.</p></body></html>`);
  const meta = readMetadata(doc, pageParts(doc), 'https://fieldnotes.example/a');
  expect(meta.siteNames).toEqual(['Notes App', 'Field Notes', 'Field Notes Ltd']);
  expect(meta.headings).toEqual(['Field Notes', 'Sharding a queue']);
  expect(meta.titles).toEqual(['Sharding a queue | Field Notes']);
});

test('a capture titles the page by the heading its article holds, read before the article is cut out', () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} about splitting one busy queue into several smaller ones, each with its own worker pool and its own backlog to watch.</p>`).join('');
  const doc = parsePage(`<html><head><title>Splitting a busy queue - Handbook of Small Systems</title></head><body>
    <header><a href="/">Handbook</a></header><article><h1>Splitting a busy queue</h1>${paragraphs}</article></body></html>`);
  expect(captureArticle(doc, 'https://handbook.example/queues').title).toBe('Splitting a busy queue');
});
