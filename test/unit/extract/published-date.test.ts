import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { readMetadata } from '../../../src/core/extract/metadata';
import { pageParts } from '../../../src/core/extract/page-parts';

/** The metadata of `html` as a capture reads it: from the page's parts, gathered once. */
const metadataOf = (html: string, url: string) => {
  const doc = parsePage(html);
  return readMetadata(doc, pageParts(doc), url);
};
const published = (head: string, body: string) => metadataOf(`<html><head>${head}</head><body>${body}</body></html>`, 'https://example.org/').published;

test('a datePublished from a JSON-LD object that is no Article still dates the page', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Tool Shed' }, { '@type': 'Review', datePublished: '2025-03-14T09:00:00+01:00' }] };
  expect(published(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>Notes on a saw.</p>')).toBe('2025-03-14T09:00:00+01:00');
});

test('a <time datetime> anywhere in the page is the last resort', () => {
  expect(published('', '<div class="meta">Posted <time datetime="2024-11-02">2 November</time></div><p>Notes.</p>')).toBe('2024-11-02');
  expect(published('<meta property="article:published_time" content="2023-01-05">', '<time datetime="2024-11-02">x</time>')).toBe('2023-01-05');
});

test('a page that declares only when it was last changed is dated by that', () => {
  expect(published('<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">', '<p>Our work.</p>')).toBe('2023-06-12T10:39:42+00:00');
  expect(published('<meta name="ms.date" content="2025-03-06T00:00:00Z">', '<p>Functions overview.</p>')).toBe('2025-03-06T00:00:00Z');
  const ld = { '@context': 'https://schema.org', '@type': 'WebPage', dateModified: '2024-02-01' };
  expect(published(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>About us.</p>')).toBe('2024-02-01');
  // A published date anywhere wins over it.
  expect(published('<meta property="article:modified_time" content="2023-06-12"><meta property="article:published_time" content="2021-01-04">', '<p>x</p>')).toBe('2021-01-04');
});

test('an author marked with schema.org microdata names the page when no meta tag does', () => {
  const html = `<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/u/kestrel"><span itemprop="name">kestrel</span></a></span>
    <p>Question text.</p></div></body></html>`;
  expect(metadataOf(html, 'https://example.org/').byline).toBe('kestrel');
});

const page = (body: string, url = 'https://example.org/notes/kiln', head = '<title>Firing a small kiln</title>', lang = 'en') =>
  metadataOf(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, url).published;

test('a declared date that is no ISO 8601 comes out as the day it names', () => {
  expect(page('<p>x</p>', undefined, '<meta property="article:published_time" content="&quot;2024-02-03T10:00:00Z&quot;">')).toBe('2024-02-03T10:00:00Z');
  expect(page('<p>x</p>', undefined, '<meta name="date" content="Mar 9th 2023">')).toBe('2023-03-09');
  expect(page('<p>x</p>', undefined, '<meta name="date" content="Fri, 07/14/2023 - 08:15">')).toBe('2023-07-14');
  expect(page('<p>x</p>', undefined, '<meta name="sailthru.date" content="2022-10-01 06:30:00 +0200">')).toBe('2022-10-01 06:30:00 +0200');
  // Go's time format, as Hugo themes write it: the zone's name after the offset is dropped.
  expect(page('<p>x</p>', undefined, '<meta name="publish_date" content="2025-06-07 00:00:00 &#43;0000 UTC">')).toBe('2025-06-07 00:00:00 +0000');
  expect(page('<p>x</p>', undefined, '<meta name="published" content="June 7, 2025">')).toBe('2025-06-07');
});

test('the byline next to the title dates a page that declares no date', () => {
  const body = '<nav><a href="/">Home</a></nav><h1>Firing a small kiln</h1><p class="byline">By Oda Lind · June 4, 2023</p><p>Clay talk.</p>';
  expect(page(body)).toBe('2023-06-04');
  expect(page('<div class="kicker">Workshop notes — 12 March 2021</div><h1>Firing a small kiln</h1><p>Clay talk.</p>')).toBe('2021-03-12');
  expect(page('<h1>Firing a small kiln</h1><div>2022年8月15日 发布</div><p>Clay talk.</p>', undefined, undefined, 'zh-CN')).toBe('2022-08-15');
});

test('a published date wins over an updated one next to the title; an updated date alone still dates the page', () => {
  expect(page('<h1>Firing a small kiln</h1><p>Updated May 9, 2024</p><p>Published: January 2, 2024</p>')).toBe('2024-01-02');
  expect(page('<h1>Firing a small kiln</h1><p>Jan 2, 2024 — updated May 9, 2024</p>')).toBe('2024-01-02');
  expect(page('<h1>Firing a small kiln</h1><div><span>Last updated:</span> <span>May 9, 2024</span></div>')).toBe('2024-05-09');
});

test('a <time datetime> in the byline gives its own value, offset kept', () => {
  expect(page('<h1>Firing a small kiln</h1><div class="meta">Posted <time datetime="2023-06-04T23:30:00-05:00">June 4</time></div>')).toBe('2023-06-04T23:30:00-05:00');
});

test('dates away from the title are not the article date', () => {
  const longParagraph = `<p>${'The glaze test went well and the shelf held. '.repeat(6)}The next firing is on July 1, 2024.</p>`;
  expect(page(`<h1>Firing a small kiln</h1>${longParagraph}`)).toBeNull();
  expect(page('<h1>Firing a small kiln</h1><aside>Latest: Kiln shelves, May 2, 2024</aside><div class="comments">Reply from Ana, May 3, 2024</div><p>Clay talk.</p>')).toBeNull();
  expect(page(`<h1>Firing a small kiln</h1><p>By Oda</p>${'<p>Short line of clay talk here.</p>'.repeat(30)}<p>Seen May 2, 2024</p>`)).toBeNull();
  expect(page('<h1>Firing a small kiln</h1><p>by potter42 · Joined: March 3, 2019</p><p>Clay talk.</p>')).toBeNull();
  expect(page('<h1>Firing a small kiln</h1><p>Clay talk.</p><footer>© 2024 Kiln Club. <time datetime="2024-01-01">Jan 1</time></footer>')).toBeNull();
});

test("a page builder's byline block is read; a sidebar widget's dates are not", () => {
  // Elementor wraps every block, the byline too, in "elementor-widget…" classes.
  const builder = (inner: string) =>
    `<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1>Firing a small kiln</h1></div></div>` +
    `<div class="elementor-element elementor-widget"><div class="elementor-widget-container">${inner}</div></div><p>Clay talk.</p>`;
  expect(page(builder('<ul class="elementor-post-info"><li><span>Oda</span></li><li><time>March 8, 2025</time></li></ul>'))).toBe('2025-03-08');
  expect(page('<h1>Firing a small kiln</h1><div class="widget widget_recent_entries">Glazes, May 2, 2024</div><p>Clay talk.</p>')).toBeNull();
});

test('the heading that names the article is found past a site-name <h1>', () => {
  const body = '<h1>Kiln Club</h1><div class="latest">Meeting on April 1, 2020</div><main><h2>Firing a small kiln</h2><p>posted 14.09.2022</p></main>';
  expect(page(body, undefined, '<title>Firing a small kiln - Kiln Club</title>')).toBe('2022-09-14');
});

test('numeric dates follow the page locale unless a number cannot be a month', () => {
  const dated = (text: string, lang: string) => page(`<h1>Firing a small kiln</h1><p>${text}</p>`, undefined, undefined, lang);
  expect(dated('05/03/2023', 'en-US')).toBe('2023-05-03');
  expect(dated('05/03/2023', 'en-GB')).toBe('2023-03-05');
  expect(dated('25/03/2023', 'en-US')).toBe('2023-03-25');
  expect(dated('05.03.2023', 'en-US')).toBe('2023-03-05');
  expect(dated('31/06/2023', 'en-GB')).toBeNull();
  expect(dated('05/03/23', 'en-US')).toBeNull();
});

test('a blog-style address names the day when nothing else does', () => {
  expect(page('<h1>Firing a small kiln</h1><p>Clay talk.</p>', 'https://example.org/2021/11/30/kiln/')).toBe('2021-11-30');
  expect(page('<h1>Firing a small kiln</h1><p>Clay talk.</p>', 'https://example.org/2021/11/kiln/')).toBeNull();
});

test('microdata dates the page by its own item, not by a comment on it', () => {
  const body = `<h1>Firing a small kiln</h1><p>Clay talk.</p>
    <div itemscope itemtype="https://schema.org/Comment"><span itemprop="datePublished" content="2024-04-04">April 4</span></div>
    <div itemscope itemtype="https://schema.org/BlogPosting"><span itemprop="datePublished" content="2024-03-01">March 1</span></div>`;
  expect(page(body)).toBe('2024-03-01');
});

test('a page with no date stays without one', () => {
  expect(page('<h1>Firing a small kiln</h1><p>Clay talk, no date anywhere, version 2.0.1, 120 pages.</p>')).toBeNull();
});

test("an article's own <footer> byline dates it; the page's footer does not", () => {
  expect(page('<article><h1>Firing a small kiln</h1><footer class="byline">By Oda · 8 May 2022</footer><p>Clay talk.</p></article>')).toBe('2022-05-08');
  expect(page('<h1>Firing a small kiln</h1><p>Clay talk.</p><footer>Page reviewed 8 May 2022</footer>')).toBeNull();
});

test('a heading over a list of dated items is no dated article', () => {
  const list = '<h1>Firing a small kiln</h1><ul><li>Shelves — May 2, 2024</li><li>Cones — April 20, 2024</li></ul>';
  expect(page(list)).toBeNull();
  expect(page(`<h1>Firing a small kiln</h1><p>Posted March 1, 2024</p><ul><li>Shelves — May 2, 2024</li><li>Cones — April 20, 2024</li></ul>`)).toBe('2024-03-01');
});

test('a JSON-LD block with raw line breaks inside a string still dates the page', () => {
  const block = '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Kiln","articleBody":"First line\n\tsecond line","datePublished":"2023-10-02 08:00:00"}';
  expect(page('<p>x</p>', undefined, `<script type="application/ld+json">${block}</script>`)).toBe('2023-10-02 08:00:00');
});

test('a blog whose post titles are <h3> under a date heading is dated by that heading', () => {
  const intro = '<p>A club for people who fire clay at home, with notes.</p>'.repeat(14);
  expect(page(`<h1>Kiln Club</h1>${intro}<h2 class="date-header">Tuesday, October 7, 2014</h2><h3 class="post-title">Firing a small kiln</h3><p>Clay talk.</p>`)).toBe('2014-10-07');
});

test("an offer's or event's day next to the title is not the article's", () => {
  expect(page('<h1>Firing a small kiln</h1><p>Kiln sale ends 04/30/2025. Classes valid through June 1, 2025.</p><p>Clay talk.</p>')).toBeNull();
  expect(page('<h1>Firing a small kiln</h1><p>Workshop opens Saturday, May 3, 2025</p><p>Clay talk.</p>')).toBeNull();
});

test('the label nearest a day says what it is', () => {
  expect(page('<a href="/start">Start here</a><h1>Firing a small kiln</h1><p>Published August 7, 2023</p>')).toBe('2023-08-07');
  expect(page('<h1>Firing a small kiln</h1><p>Offer ends 04/30/2025 · posted March 2, 2025</p>')).toBe('2025-03-02');
});
