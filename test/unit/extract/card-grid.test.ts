import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { cardGrid } from '../../../src/core/extract/card-grid';

const colours = ['Blue', 'Green', 'Sand', 'Slate', 'Rust', 'Cream', 'Olive', 'Coal'];
// A collection's usual size: 24 products (8 glazes in 3 sizes).
const mugs = ['Small', 'Tall', 'Wide'].flatMap((size) => colours.map((colour) => `${size} ${colour.toLowerCase()}`));
const card = (name: string, i: number) =>
  `<li class="product-card"><a href="/products/${name.replace(' ', '-')}-mug"><img src="/img/${i}.jpg" alt=""></a>` +
  `<h3><a href="/products/${name.replace(' ', '-')}-mug">${name} stoneware mug</a></h3><span class="price">$${18 + i}.00</span></li>`;

// A shop's collection page without <main>: a menu, the grid of products, and a paragraph about the shop.
const shop = `<html><head><title>Mugs - Clayhouse</title></head><body>
  <header><nav><ul>${['Home', 'Mugs', 'Bowls', 'Plates', 'Vases', 'Gifts', 'About'].map((m) => `<li class="nav-item"><a href="/${m}">${m}</a> <span>new</span></li>`).join('')}</ul></nav></header>
  <div class="collection"><h1>Mugs</h1><ul class="grid">${mugs.map(card).join('')}</ul></div>
  <section class="story"><div class="story-text"><p>Every mug is thrown by hand in our studio, glazed in small
    batches, fired twice, and checked for leaks before it leaves us, so no two are quite alike.</p></div></section>
  <footer><p>© Clayhouse</p></footer></body></html>`;

test("a collection page keeps its grid of products, not one block of it", () => {
  const capture = captureArticle(parsePage(shop), 'https://clayhouse.example.com/collections/mugs');
  for (const name of mugs) expect(capture.text).toContain(`${name} stoneware mug`);
  expect(capture.text).toContain('$41.00');
});

test('menus, sidebars and comment threads are not the grid', () => {
  const comment = (i: number) => `<li class="comment"><a href="/u/${i}">reader${i}</a> <p>Lovely glaze, mine arrived in two days.</p></li>`;
  const doc = parsePage(`<html><body>
    <nav><ul>${colours.map((m) => `<li class="nav-item"><a href="/${m}">${m}</a> <span>sale</span></li>`).join('')}</ul></nav>
    <div id="sidebar"><ul>${colours.map((m, i) => `<li class="widget"><a href="/p/${i}">${m} post</a> <span>March</span></li>`).join('')}</ul></div>
    <ol class="comment-list">${[1, 2, 3, 4, 5, 6, 7].map(comment).join('')}</ol></body></html>`);
  expect(cardGrid(doc)).toBeNull();
});

test('a list of plain links is no grid of cards', () => {
  const doc = parsePage(`<html><body><ul class="tags">${colours.map((m) => `<li class="tag"><a href="/t/${m}">${m}</a></li>`).join('')}</ul></body></html>`);
  expect(cardGrid(doc)).toBeNull();
});
