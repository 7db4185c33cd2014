import { expect, test } from 'vitest';
import { captureHtml, parsePage } from '../../../src/core/pipeline';
import { isUnshown } from '../../../src/core/extract/repairs/unshown';

/** An element that follows a heading, not a button. */
const element = () => parsePage('<html><body><h2>Q</h2><div id="x">A</div></body></html>').getElementById('x')!;

test.each(['hidden', 'text-red-500 hidden mt-2', 'sr-only', 'visually-hidden', 'lg:text-base hidden'])(
  '"%s" hides its element',
  (names) => expect(isUnshown(element(), names)).toBe(true),
);
test.each(['hidden md:flex', 'sm:block hidden', 'hidden lg:inline-block', 'overflow-hidden', 'md:hidden', 'hidden-xs', 'is-hidden-mobile', 'Hidden', 'sr-only-focusable', 'screen-reader-text'])(
  '"%s" does not (shown at a breakpoint, or another rule)',
  (names) => expect(isUnshown(element(), names)).toBe(false),
);

test('text for screen readers and blocks the stylesheet hides are not saved; a block shown at a breakpoint is', () => {
  const para = (n: number) => `<p>Paragraph ${n} of the guide explains how long a sourdough loaf should rest after baking before it is cut, and why the crumb needs it.</p>`;
  const capture = captureHtml(
    `<html><head><title>Resting bread</title></head><body><article><h1>Resting bread</h1>
      ${para(1)}<p>Our <a href="/guides/starter">starter guide<span class="sr-only"> (opens the guide to starters)</span></a> says how to feed a starter the night before you bake.</p>${para(2)}<div class="hidden md:block"><p>A wide screen shows this note on cooling racks, which lets air reach the bottom crust of every loaf.</p></div>
      ${para(3)}<p class="hidden">Thank you for subscribing: the weekly bread letter from our kitchen will reach you every Friday morning, with one recipe and one question from a reader.</p>${para(4)}
    </article></body></html>`,
    'https://bread.example.org/guides/resting-bread',
  );
  expect(capture.text).toContain('Paragraph 4');
  expect(capture.text).toContain('cooling racks');
  expect(capture.text).toContain('starter guide says');
  expect(capture.text).not.toContain('opens the guide');
  expect(capture.text).not.toContain('Thank you for subscribing');
});

test("a disclosure's panel, closed under the button that opens it, is saved: an FAQ's answers", () => {
  const faq = [1, 2, 3, 4]
    .map((n) => `<div class="faq-item"><button type="button"><h3>Question ${n}: how long does the dough rise?</h3></button>
      <div class="text-sm hidden"><p>Answer ${n}: overnight in a cool kitchen, or about four hours somewhere warm, until it has doubled and springs back slowly.</p></div></div>`)
    .join('');
  const capture = captureHtml(
    `<html><head><title>Bread questions</title></head><body><main><h1>Bread questions</h1>
      <p>We answer the questions our bakers hear most often at the counter, from rising times to storing a loaf for the week.</p>${faq}</main></body></html>`,
    'https://bread.example.org/faq',
  );
  expect(capture.text).toContain('Answer 4: overnight');
});
