// Keepmark's speed patches to linkedom (patches/linkedom+0.18.15.patch): selectors compiled once and
// kept, listener maps made on first use. Each must leave linkedom's answers as they were.
import { parseHTML, DOMParser } from 'linkedom';
import { expect, test } from 'vitest';

test('a selector compiled for one document answers for another, and matches/closest agree with querySelectorAll', () => {
  const first = parseHTML('<html><body><div class="post"><p id="a">One</p></div><p id="b">Two</p></body></html>').document;
  const second = parseHTML('<html><body><section><p id="c">Three</p></section><div class="post"><p id="d">Four</p></div></body></html>').document;
  const ids = (list: Iterable<Element>) => [...list].map((el) => el.id);
  expect(ids(first.querySelectorAll('.post p'))).toEqual(['a']);
  expect(ids(second.querySelectorAll('.post p'))).toEqual(['d']);
  expect(ids(first.querySelectorAll('.post p'))).toEqual(['a']);
  expect(second.getElementById('c')!.matches('.post p')).toBe(false);
  expect(second.getElementById('d')!.matches('.post p')).toBe(true);
  expect(second.getElementById('d')!.closest('div.post')?.tagName).toBe('DIV');
  expect(second.getElementById('c')!.closest('div.post')).toBeNull();
});

test('a :scope selector still answers for the element it is asked on', () => {
  const { document } = parseHTML('<html><body><div id="outer"><p>x</p><div id="inner"><p>y</p></div></div></body></html>');
  const outer = document.getElementById('outer')!;
  const inner = document.getElementById('inner')!;
  expect([...outer.querySelectorAll(':scope > p')].map((p) => p.textContent)).toEqual(['x']);
  expect([...inner.querySelectorAll(':scope > p')].map((p) => p.textContent)).toEqual(['y']);
});

test('an HTML selector and an XML one are not mixed up: tag case is kept apart', () => {
  const html = parseHTML('<html><body><Item>h</Item></body></html>').document;
  const xml = new DOMParser().parseFromString('<root><Item>x</Item><item>y</item></root>', 'text/xml');
  // The same selector text in both: one compiled test for both would get one of them wrong.
  expect(html.querySelectorAll('Item').length).toBe(1);
  expect([...xml.querySelectorAll('Item')].map((el) => el.textContent)).toEqual(['x']);
  expect(html.querySelectorAll('Item').length).toBe(1);
});

test('event listeners still work though a node gets its listener map only when one is added', () => {
  const { document, Event } = parseHTML('<html><body><button>Go</button></body></html>');
  const button = document.querySelector('button')!;
  const heard: string[] = [];
  const listener = () => heard.push('click');
  button.removeEventListener('click', listener); // never added: nothing to remove, no error
  button.dispatchEvent(new Event('click')); // nobody listening yet
  button.addEventListener('click', listener);
  button.dispatchEvent(new Event('click'));
  button.removeEventListener('click', listener);
  button.dispatchEvent(new Event('click'));
  expect(heard).toEqual(['click']);
});
