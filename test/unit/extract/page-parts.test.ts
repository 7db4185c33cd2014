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

// What the load-time repairs and the readerable check look for, beside head elements that must not count.
const repairsPage = `<!doctype html><html><head><noscript><link rel="stylesheet" href="/n.css"></noscript><title>t</title></head>
  <body style="Visibility:hidden"><template><noscript>in a template</noscript><p>template p</p><div hidden id="S:9"></div></template>
  <div id="app" style="color:red"><p>One</p><div>line<br>line<br></div><article><p>Two</p><pre>code</pre></article>
  <div class="card" style="visibility: hidden !important"><noscript><img src="/a.png"></noscript><div>x<br></div></div></div>
  <img src="/b.png"><template><img src="/t.png"><pre>t</pre></template><p>Run <code>make</code>, see <a href="#top">top</a> or <a href="/x">x</a></p>
  <section><p>Three<br></p></section><div hidden id="S:0"><p>Late</p></div><div hidden id="P:0"></div><div id="S:1"></div></body></html>`;

test('the repairs and the readerable check get what their selectors would give, templates and the head left out', () => {
  const doc = parsePage(repairsPage);
  const parts = pageParts(doc);
  expect(parts.noscripts).toEqual([...doc.body.querySelectorAll('noscript')]);
  expect(parts.noscripts).toHaveLength(1);
  expect(parts.images).toEqual([...doc.body.querySelectorAll('img')]);
  expect(parts.pres).toEqual([...doc.body.querySelectorAll('pre')]);
  expect(parts.pres).toHaveLength(1);
  expect(parts.hasCode).toBe(true);
  expect(parts.jumpLinks).toEqual([...doc.body.querySelectorAll('a[href*="#"]')]);
  expect(parts.jumpLinks.map((a) => a.getAttribute('href'))).toEqual(['#top']);
  expect(pageParts(parsePage('<html><body><p>No code here.</p><template><code>x</code></template></body></html>')).hasCode).toBe(false);
  expect(parts.segments).toEqual([...doc.querySelectorAll('div[hidden][id^="S:"]')]);
  expect(parts.segments.map((s) => s.id)).toEqual(['S:0']);
  expect(parts.visibilityStyled).toEqual([doc.body, ...doc.body.querySelectorAll('[style*="visibility" i]')]);
  expect(parts.visibilityStyled).toHaveLength(2);
  // Readability's own order: `p, pre, article` in document order, then new `div > br` parents.
  const readability = [...new Set([...doc.querySelectorAll('p, pre, article'), ...[...doc.querySelectorAll('div > br')].map((br) => br.parentNode as Element)])];
  expect(parts.readerCandidates).toEqual(readability);
  expect(parts.readerCandidates.map((el) => el.tagName)).toEqual(['P', 'ARTICLE', 'P', 'PRE', 'P', 'P', 'P', 'DIV', 'DIV']);
});

test('prompts are the body\'s elements named as one, the body itself, the head and templates left out', () => {
  const doc = parsePage(`<html><head><meta class="cookie-settings" content="x"></head><body class="modal-open">
    <div id="cookie-banner"><p>Cookies</p></div><p class="lede">Lede</p><template><div class="popup">t</div></template>
    <aside class="newsletter_box"><form class="subscribe"><button>Join</button></form></aside><div class="cartography">Maps</div></body></html>`);
  expect(pageParts(doc).prompts.map((el) => el.id || el.getAttribute('class'))).toEqual(['cookie-banner', 'newsletter_box', 'subscribe']);
});
