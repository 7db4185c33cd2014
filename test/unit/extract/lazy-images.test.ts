import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { restoreLazyImages } from '../../../src/core/extract/repairs/lazy-images';
import { repairTargets } from '../../../src/core/extract/repairs/targets';

function repaired(body: string): string {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  restoreLazyImages(repairTargets(document.body as unknown as Element), document as unknown as Document);
  return document.body.innerHTML;
}

test.each([
  ['data-src over a placeholder', '<img src="data:image/gif;base64,R0lGOD" data-src="https://x.org/a.png">', 'https://x.org/a.png'],
  ['data-original', '<img src="/img/loading.gif" data-original="https://x.org/b.png">', 'https://x.org/b.png'],
  ['data-lazy-src with no src', '<img data-lazy-src="https://x.org/c.png">', 'https://x.org/c.png'],
  ['data-actualsrc (Zhihu)', '<img src="data:image/svg+xml;utf8,<svg/>" data-actualsrc="https://x.org/d.jpg">', 'https://x.org/d.jpg'],
  ['data-original-src (Jianshu)', '<img data-original-src="https://x.org/e.jpg">', 'https://x.org/e.jpg'],
])('%s', (_name, html, src) => {
  expect(repaired(html)).toContain(`src="${src}"`);
});

test('a real src is never replaced by a lazy attribute', () => {
  expect(repaired('<img src="https://x.org/real.png" data-src="https://x.org/other.png">')).toContain('src="https://x.org/real.png"');
});

test('data-srcset fills a missing srcset', () => {
  expect(repaired('<img data-srcset="https://x.org/a.png 1x, https://x.org/a@2x.png 2x">')).toContain('srcset="https://x.org/a.png 1x, https://x.org/a@2x.png 2x"');
});

test.each([
  ['before the noscript', '<img src="data:image/gif;base64,AA" class="lazy"><noscript><img src="https://x.org/n.png"></noscript>'],
  ['after the noscript (Zhihu)', '<noscript><img src="https://x.org/n.png"></noscript><img src="data:image/gif;base64,AA" class="lazy">'],
])('a noscript copy replaces the placeholder %s, once', (_name, html) => {
  const out = repaired(html);
  expect(out.match(/<img/g)).toHaveLength(1);
  expect(out).toContain('src="https://x.org/n.png"');
});

test('a noscript copy beside an image that already loaded adds no duplicate', () => {
  const out = repaired('<img src="/lazy.gif" data-src="https://x.org/n.png"><noscript><img src="https://x.org/n.png"></noscript>');
  // The unused noscript stays; conversion drops noscript elements.
  expect(out.replace(/<noscript>.*?<\/noscript>/g, '').match(/<img/g)).toHaveLength(1);
});

test('a noscript held as text (a clone of a live page) gives its image, attributes decoded, nothing else parsed', () => {
  const { document } = parseHTML('<html><body><p><img src="data:image/gif;base64,AA" class="lazy"><noscript></noscript></p></body></html>');
  const noscript = document.querySelector('noscript')!;
  // What a browser with scripting on keeps inside a noscript: text, not elements.
  noscript.textContent = `<img alt='a "quoted" cat' src="https://x.org/n.png?a=1&amp;b=2" width=40 onerror="alert(1)"><script>alert(2)</script>`;
  restoreLazyImages(repairTargets(document.body as unknown as Element), document as unknown as Document);
  const img = document.querySelector('img')!;
  expect(img.getAttribute('src')).toBe('https://x.org/n.png?a=1&b=2');
  expect(img.getAttribute('alt')).toBe('a "quoted" cat');
  expect(img.getAttribute('width')).toBe('40');
  expect(document.querySelectorAll('img').length).toBe(1);
  expect(document.querySelector('script')).toBeNull();
  expect(document.querySelector('noscript')).toBeNull();
});
