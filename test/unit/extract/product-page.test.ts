import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { pageParts } from '../../../src/core/extract/page-parts';
import { declaresProduct, productMissed } from '../../../src/core/extract/product-page';

const declared = (head: string, body = '') => declaresProduct(pageParts(parsePage(`<html><head>${head}</head><body>${body}</body></html>`)));

test('a page typed as a product, a page whose data describes one, and a page that says neither', () => {
  expect(declared('<meta property="og:type" content="product">')).toBe('page');
  expect(declared('<meta property="og:type" content="og:product">')).toBe('page');
  expect(declared('', '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle</span></div>')).toBe('page');
  expect(declared('<script type="application/ld+json">{"@type": ["Product"], "name": "Kettle"}</script>')).toBe('data');
  expect(declared('<script type="application/ld+json">{"@type": "ProductGroup"}</script><meta property="og:type" content="article">')).toBeNull();
  expect(declared('<meta property="og:type" content="website">')).toBeNull();
});

// A shop's product page without a declared main region: the variants of a quick-order form hold more
// text than the description, and the generic extractor keeps them instead of it.
const variants = (colours: string[]) =>
  colours
    .flatMap((colour) => ['18L', '22L', '30L'].map((size) => `<tr><td><p>${colour} / ${size}</p><p>FS-${size}-${colour}, sold singly, ships within two working days</p></td><td>&pound;89.00/ea, subtotal &pound;0.00</td></tr>`))
    .join('');
const shopPage = (head: string, colours = ['Moss', 'Slate', 'Rust', 'Ink']) => `<html><head><title>Ridge Daypack</title>${head}</head><body>
  <div class="product"><h1>Ridge Daypack 22L</h1><div class="product__description"><p>Big enough for a waterproof, lunch and a flask, small enough to forget you are wearing it. The roll-top closes tight in rain.</p></div></div>
  <div class="quick-order"><form action="/cart/update" method="post"><table><tbody>${variants(colours)}</tbody></table></form></div>
</body></html>`;

test('a product page keeps its description, not the order form the generic extractor settles on', () => {
  const capture = captureArticle(parsePage(shopPage('<meta property="og:type" content="product">')), 'https://fellside.example.com/products/ridge-22');
  expect(capture.text).toContain('roll-top closes tight');
  expect(capture.text).not.toContain('sold singly');
  // The product's name is the post's title, not a heading in its body as well (Defuddle drops the title's heading).
  expect(capture.html).not.toContain('<h1');
  expect(capture.title).toBe('Ridge Daypack');
});

test('a page whose data alone describes a product gets the same when the generic extractor kept too little', () => {
  const ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Ridge Daypack 22L"}</script>';
  const short = captureArticle(parsePage(shopPage(ld, ['Moss', 'Slate'])), 'https://fellside.example.com/products/ridge-22');
  expect(short.text).toContain('roll-top closes tight');
  expect(short.text).not.toContain('sold singly');
  // Past the floor the generic extractor's choice stands: a category page or a review carries such data too.
  const long = captureArticle(parsePage(shopPage(ld, ['Moss', 'Slate', 'Rust', 'Ink', 'Sand', 'Pine'])), 'https://fellside.example.com/products/ridge-22');
  expect(long.text).toContain('sold singly');
});

test('an article whose data mentions a product keeps the generic extractor\'s article', () => {
  const paragraphs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    .map((n) => `<p>Day ${n} of the trip: the kettle boiled in four minutes at the hut, a little longer in the wind on the ridge, and never once ran out of gas.</p>`)
    .join('');
  const doc = parsePage(`<html><head><script type="application/ld+json">{"@type": "Product", "name": "Camp kettle"}</script></head><body>
    <article><h1>Twelve days with a camp kettle</h1>${paragraphs}</article><aside class="shop-box"><p>Buy the kettle</p></aside></body></html>`);
  const capture = captureArticle(doc, 'https://trailnotes.example.org/kettle-review');
  expect(capture.text).toContain('Day 12 of the trip');
  expect(capture.text).not.toContain('Buy the kettle');
});

test('the generic extractor missed the product when it kept too little, or on a product\'s own page far too much', () => {
  expect(productMissed('data', 'x'.repeat(1499))).toBe(true);
  expect(productMissed('data', 'x'.repeat(1500))).toBe(false);
  expect(productMissed('data', 'x'.repeat(20_000))).toBe(false);
  expect(productMissed('page', 'x'.repeat(5000))).toBe(false);
  expect(productMissed('page', 'x'.repeat(10_001))).toBe(true);
});
