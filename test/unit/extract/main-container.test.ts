import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { declaresArticle, mainContainer, mainFallback } from '../../../src/core/extract/main-container';
import { pageParts } from '../../../src/core/extract/page-parts';

// Short spec lines, each under the length a generic extractor scores as a paragraph.
const features = [
  'Weight: 9.8 kg',
  'Range: 40 km',
  'Charge time: 3.5 h',
  'Motor: 250 W hub',
  'Frame: aluminium',
  'Tyres: 20 inch',
  'Gears: 7 speed',
  'Brakes: hydraulic',
  'Lights: front and rear',
  'Folded: 80 x 40 x 65 cm',
  'Max load: 110 kg',
  'Warranty: 2 years',
];
// A shop's product page: the product sits in <main> as many short lines beside one prose paragraph.
const product = `<html><head><title>Commuter folding e-bike | Wheelhouse</title></head><body>
  <header><nav><a href="/">Home</a> <a href="/bikes">Bikes</a> <a href="/cart">Cart</a></nav></header>
  <main>
    <div class="summary"><h1>Commuter folding e-bike</h1><div class="price">1,290.00 EUR</div>
      <form class="buy"><select><option>Grey</option><option>Olive</option></select><button>Add to cart</button></form></div>
    <div class="specs">${features.map((f) => `<div class="spec">${f}</div>`).join('')}</div>
    <aside class="recently-viewed"><a href="/p/1">Cargo trailer</a> <a href="/p/2">Helmet</a></aside>
    <div class="description"><p>A folding bike for the train, the stairs and the office, with a motor that helps, a battery that comes out, and a frame that rolls when folded.</p></div>
  </main>
  <footer><p>Wheelhouse, shipping across the region.</p></footer></body></html>`;

test('a product page keeps its spec lines and drops the buy form and side panels', () => {
  const capture = captureArticle(parsePage(product), 'https://wheelhouse.example/p/commuter-fold');
  for (const feature of features) expect(capture.text).toContain(feature);
  expect(capture.text).toContain('1,290.00 EUR');
  expect(capture.text).not.toContain('Add to cart');
  expect(capture.text).not.toContain('Cargo trailer');
  expect(capture.text).not.toContain('shipping across the region');
});

test('the main region is the outermost one declared, without menus and forms', () => {
  const doc = parsePage(`<html><body><div role="main"><nav>Menu</nav><main><p>Inside.</p></main><p>Beside.</p></div></body></html>`);
  const main = mainContainer(doc, pageParts(doc))!;
  expect(main.getAttribute('role')).toBe('main');
  expect(main.textContent).toContain('Beside.');
  expect(main.textContent).not.toContain('Menu');
});

test('a page that declares no main region has none', () => {
  const doc = parsePage('<html><body><div><p>Text.</p></div></body></html>');
  expect(mainContainer(doc, pageParts(doc))).toBeNull();
});

test('the main region is the fallback at twice the kept text, three times on an article page without its comments', () => {
  // As a capture asks: the page's parts gathered once, and whether it declares an article.
  const fallback = (doc: Document) => mainFallback(doc, pageParts(doc), declaresArticle(pageParts(doc)));
  const shop = fallback(parsePage(product))!;
  for (const feature of features) expect(shop.main.textContent).toContain(feature);
  expect(shop.main.textContent).not.toContain('Add to cart');
  expect(shop.factor).toBe(2);
  const post = fallback(
    parsePage(`<html><head><meta property="og:type" content="article"></head><body><main><article><p>The post.</p></article>
      <section id="comments"><p>A reader's comment.</p></section></main></body></html>`),
  )!;
  expect(post.factor).toBe(3);
  expect(post.main.textContent).toContain('The post.');
  expect(post.main.textContent).not.toContain("A reader's comment.");
});

test('a page that calls itself an article keeps the generic extractor\'s choice', () => {
  const page = (head: string) => pageParts(parsePage(`<html><head>${head}</head><body><main><p>Text.</p></main></body></html>`));
  expect(declaresArticle(page('<meta property="og:type" content="article">'))).toBe(true);
  expect(declaresArticle(page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}</script>'))).toBe(true);
  expect(declaresArticle(page('<script type="application/ld+json">{"@type":["BlogPosting"],"headline":"A"}</script>'))).toBe(true);
  expect(declaresArticle(page('<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"A"}</script>'))).toBe(false);
  expect(declaresArticle(page(''))).toBe(false);
});
