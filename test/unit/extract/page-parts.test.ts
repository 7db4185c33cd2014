import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { pageParts } from '../../../src/core/extract/page-parts';

const page = `<!doctype html><html><head><title>First title</title>
  <meta name="description" content="d"><link rel="stylesheet" href="/a.css"><link rel="canonical" href="/one"><base target="_top"><base href="https://cdn.example.org/">
  <script type="application/ld+json">{"@type":"Article"}</script><script>var x = 1;</script></head>
  <body><template><h1>Template heading</h1><meta name="author" content="in a template"><span itemprop="author">Nobody</span></template>
  <div role="main"><main><h1>Shown heading</h1></main></div><div itemscope itemtype="https://schema.org/Comment"><p>Text by <span itemprop="author">Ada</span> and <span itemprop="author">Bo</span></p></div>
  <link rel="canonical" href="/two"><meta property="article:tag" content="tea"><h1>Second heading</h1>
  <script type="application/ld+json">{"@type":"WebSite"}</script><title>Second title</title></body></html>`;

test('one walk finds what the metadata is read from, in document order, first match first, templates left out', () => {
  const parts = pageParts(parsePage(page));
  expect(parts.metas.map((m) => m.getAttribute('name') ?? m.getAttribute('property'))).toEqual(['description', 'article:tag']);
  expect(parts.jsonLd.map((s) => s.textContent)).toEqual(['{"@type":"Article"}', '{"@type":"WebSite"}']);
  expect(parts.h1s.map((h) => h.textContent)).toEqual(['Shown heading', 'Second heading']);
  expect(parts.canonical?.getAttribute('href')).toBe('/one');
  expect(parts.title?.textContent).toBe('First title');
  expect(parts.author?.textContent).toBe('Ada');
  expect(parts.base?.getAttribute('href')).toBe('https://cdn.example.org/');
  expect(parts.mains.map((m) => m.tagName)).toEqual(['DIV', 'MAIN']);
  expect(parts.items.map((i) => i.getAttribute('itemtype'))).toEqual(['https://schema.org/Comment']);
});

test('it answers as the selectors it replaces do', () => {
  const doc = parsePage(page);
  const parts = pageParts(doc);
  expect(parts.metas).toEqual([...doc.querySelectorAll('meta')]);
  expect(parts.jsonLd).toEqual([...doc.querySelectorAll('script[type="application/ld+json"]')]);
  expect(parts.h1s).toEqual([...doc.querySelectorAll('h1')]);
  expect(parts.canonical).toBe(doc.querySelector('link[rel="canonical"]'));
  expect(parts.title).toBe(doc.querySelector('title'));
  expect(parts.author).toBe(doc.querySelector('[itemprop="author"]'));
  expect(parts.base).toBe(doc.querySelector('base[href]'));
  expect(parts.mains).toEqual([...doc.querySelectorAll('main, [role="main"]')]);
  expect(parts.items).toEqual([...doc.querySelectorAll('[itemtype]')]);
});
