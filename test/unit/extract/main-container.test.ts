import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { declaresArticle, mainContainer, mainFallback, mainHoldsMore } from '../../../src/core/extract/main-container';
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
  const shopText = shop.main.textContent!.replace(/\s+/g, ' ').trim();
  expect(mainHoldsMore(shop, 'x'.repeat(Math.floor(shopText.length / 2.2)))).toBe(true);
  expect(mainHoldsMore(shop, 'x'.repeat(Math.ceil(shopText.length / 1.8)))).toBe(false);
  const post = fallback(
    parsePage(`<html><head><meta property="og:type" content="article"></head><body><main><article><p>The post.</p></article>
      <section id="comments"><p>A reader's comment.</p></section></main></body></html>`),
  )!;
  expect(post.article).toBe(true);
  expect(post.main.textContent).toContain('The post.');
  expect(post.main.textContent).not.toContain("A reader's comment.");
});

// An article page whose main region holds 2.5 times the kept text: of prose, or mostly of links to other stories.
const sections = (linked: boolean) =>
  Array.from({ length: 5 }, (_, i) => {
    const words = `Section ${i + 1} of the guide says what to look for in a tent for two, and what it should weigh.`;
    return `<section><h2>Part ${i + 1}</h2><p>${linked ? `<a href="/story-${i}">${words}</a>` : words}</p></section>`;
  }).join('');
const articleMain = (linked: boolean) => {
  const doc = parsePage(`<html><head><meta property="og:type" content="article"></head><body><main>${sections(linked)}</main></body></html>`);
  return mainFallback(doc, pageParts(doc), true)!;
};

test("on an article page a main region of prose at twice the kept text stands, one of links and cards needs three times", () => {
  const prose = articleMain(false);
  const length = prose.main.textContent!.replace(/\s+/g, ' ').trim().length;
  const kept = 'x'.repeat(Math.floor(length / 2.5));
  expect(mainHoldsMore(prose, kept)).toBe(true);
  expect(mainHoldsMore(articleMain(true), kept)).toBe(false);
  expect(mainHoldsMore(articleMain(true), 'x'.repeat(Math.floor(length / 3.5)))).toBe(true);
  expect(mainHoldsMore(prose, 'x'.repeat(Math.ceil(length / 1.8)))).toBe(false);
});

test('a page that calls itself an article keeps the generic extractor\'s choice', () => {
  const page = (head: string) => pageParts(parsePage(`<html><head>${head}</head><body><main><p>Text.</p></main></body></html>`));
  expect(declaresArticle(page('<meta property="og:type" content="article">'))).toBe(true);
  expect(declaresArticle(page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}</script>'))).toBe(true);
  expect(declaresArticle(page('<script type="application/ld+json">{"@type":["BlogPosting"],"headline":"A"}</script>'))).toBe(true);
  expect(declaresArticle(page('<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"A"}</script>'))).toBe(false);
  expect(declaresArticle(page(''))).toBe(false);
});
