import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { pageParts } from '../../../src/core/extract/page-parts';
import { PROMPT_NAME, removePagePrompts } from '../../../src/core/extract/repairs/page-prompts';

const menu = ['Table lamps', 'Floor lamps', 'Pendant shades', 'Bulbs and cables', 'Spare parts', 'Repairs', 'Journal', 'The workshop', 'Contact us', 'Delivery', 'Returns', 'Gift cards']
  .map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`)
  .join('');

// A shop's product page without a declared main region, menus above and below: a short description,
// and a cart drawer written in a longer sentence, as shops write their cart and shipping notes.
const shopPage = (drawerClass: string) => `<html><head><title>Brass desk lamp - Lantern Row</title></head><body>
  <header><nav><ul>${menu}</ul></nav></header>
  <div class="product"><h1>Brass desk lamp</h1><span class="price">$120</span>
    <div class="product-description"><p>Spun brass shade on a weighted base, with a cloth cable and a dimmer on the cord.</p></div></div>
  <div class="${drawerClass}"><h2>Your basket</h2>
    <p>Your basket is empty for now, so browse the lamps, shades and spare parts, or sign in to see the things you saved on another device.</p></div>
  <footer><ul>${menu}</ul><ul>${menu}</ul><ul>${menu}</ul></footer>
</body></html>`;

test('a cart drawer is not taken for the product it sits beside', () => {
  const capture = captureArticle(parsePage(shopPage('cart-drawer is-empty')), 'https://lanternrow.example.com/products/brass-desk-lamp');
  expect(capture.text).toContain('Spun brass shade');
  expect(capture.text).not.toContain('Your basket is empty');
});

test('a block whose name says nothing of prompts stays where it is', () => {
  const doc = parsePage(shopPage('basket-panel'));
  removePagePrompts(doc, pageParts(doc).prompts);
  expect(doc.querySelector('.basket-panel')).not.toBeNull();
});

const paragraphs = (words: string) =>
  [1, 2, 3, 4, 5].map((n) => `<p>Week ${n} of the ${words}: turn the pile, water it if it is dry, and write down how warm the middle feels to a bare hand.</p>`).join('');

test('a newsletter sign-up between an article\'s paragraphs is left out of it', () => {
  const doc = parsePage(`<html><body><article><h1>Hot composting</h1>${paragraphs('compost diary')}
    <div class="newsletter_signup"><h3>Letters from the allotment</h3><p>One email a month with what we sowed, what failed and what we would try again next spring, sent to readers who ask.</p></div>
    ${paragraphs('second heap')}</article></body></html>`);
  const capture = captureArticle(doc, 'https://allotment.example.org/hot-composting');
  expect(capture.text).toContain('Week 5 of the second heap');
  expect(capture.text).not.toContain('Letters from the allotment');
});

test('a section or article so named, the block holding the title and a part holding much of the page stay', () => {
  const doc = parsePage(`<html><body>
    <section id="cookies"><h2>Cookies</h2><p>How the framework signs the cookies it sets.</p></section>
    <article class="story promo"><h2>Spring sowing</h2><p>The story the front page leads with.</p></article>
    <div class="modal-wrapper"><h1>The guide</h1><p>Its opening.</p></div>
    <div class="newsletter-issue">${paragraphs('issue')}</div>
    <div id="cookie-banner"><p>This site sets cookies.</p></div>
  </body></html>`);
  removePagePrompts(doc, pageParts(doc).prompts);
  expect(doc.querySelector('#cookies')).not.toBeNull();
  expect(doc.querySelector('article.promo')).not.toBeNull();
  expect(doc.querySelector('.modal-wrapper')).not.toBeNull();
  expect(doc.querySelector('.newsletter-issue')).not.toBeNull();
  expect(doc.querySelector('#cookie-banner')).toBeNull();
});

test.each(['cart-drawer', 'newsletter_form', 'gdpr-consent', 'site-popup', 'promos', 'product-form__cart-submit', 'x Modal'])(
  'the name "%s" is a prompt',
  (name) => expect(PROMPT_NAME.test(name)).toBe(true),
);

test.each(['cartography', 'modality', 'promotional-copy', 'cookiecutter', 'subscriber-count', 'dialogue'])(
  'the name "%s" is not a prompt',
  (name) => expect(PROMPT_NAME.test(name)).toBe(false),
);
