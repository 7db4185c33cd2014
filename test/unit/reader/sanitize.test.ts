import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticle } from '../../../src/reader/sanitize';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const NONE = new Map<string, string>();

/** The sanitised article as HTML text. */
function clean(html: string, sources: ReadonlyMap<string, string> = NONE): string {
  const holder = window.document.createElement('div');
  holder.append(sanitizeArticle(window as unknown as Window, html, sources));
  return holder.innerHTML;
}

describe('the reader shows the article without its code', () => {
  test.each([
    ['a script', '<p>text</p><script>window.canary = 1</script>', '<p>text</p>'],
    ['an event handler', '<img src="https://a.example/x.png" onerror="window.canary = 1">', '<img src="https://a.example/x.png" referrerpolicy="no-referrer" loading="lazy">'],
    ['a javascript: link', '<a href="javascript:window.canary=1">go</a>', '<a>go</a>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>parent.canary=1</script>"></iframe><p>after</p>', '<p>after</p>'],
    ['script inside svg', '<svg><script>window.canary = 1</script><text>t</text></svg>', ''],
    ['object and embed', '<object data="https://a.example/x.swf"></object><embed src="https://a.example/y">', ''],
    ['a form', '<form action="https://a.example/steal"><input name="q"><button>Send</button></form>', 'Send'],
    ['a meta refresh and a base', '<meta http-equiv="refresh" content="0;url=https://a.example"><base href="https://a.example/">', ''],
  ])('drops %s', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test.each([
    ['a style attribute with url()', '<p style="background: url(http://127.0.0.1:9/probe)">x</p>', '<p>x</p>'],
    ['a style element', '<style>p { background: url(http://127.0.0.1:9/probe) }</style><p>x</p>', '<p>x</p>'],
    ['a table background', '<table background="http://127.0.0.1:9/probe"><tbody><tr><td>x</td></tr></tbody></table>', '<table><tbody><tr><td>x</td></tr></tbody></table>'],
    ['srcset candidates', '<img src="https://a.example/a.png" srcset="http://127.0.0.1:9/probe 2x">', '<img src="https://a.example/a.png" referrerpolicy="no-referrer" loading="lazy">'],
    ['a video with a poster', '<video poster="http://127.0.0.1:9/probe" src="http://127.0.0.1:9/v"></video>', ''],
    ['a link ping', '<a href="https://a.example/" ping="http://127.0.0.1:9/probe">a</a>', '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">a</a>'],
    ['a stylesheet link', '<link rel="stylesheet" href="http://127.0.0.1:9/probe.css"><p>x</p>', '<p>x</p>'],
  ])('fetches nothing through %s', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test('only web and mail links stay links: the reader never navigates to its own files or elsewhere', () => {
    expect(clean('<a href="ftp://a.example/f">ftp</a> <a href="relative.html">rel</a> <a href="tel:123">tel</a>')).toBe('<a>ftp</a> <a>rel</a> <a>tel</a>');
  });

  test('keeps the article: headings, code, tables, links, math and its text', () => {
    const html =
      '<h2 id="s">Setup</h2><p>Run <code>make</code>, see <a href="#s">above</a> or <a href="mailto:a@b.example">mail</a>.</p>' +
      '<pre><code class="language-go">func main() {}</code></pre><table><tbody><tr><td>1</td></tr></tbody></table><math><mi>x</mi></math>';
    expect(clean(html)).toBe(
      '<h2 id="s">Setup</h2><p>Run <code>make</code>, see <a href="#s">above</a> or <a href="mailto:a@b.example" target="_blank" rel="noopener noreferrer">mail</a>.</p>' +
        '<pre><code class="language-go">func main() {}</code></pre><table><tbody><tr><td>1</td></tr></tbody></table><math><mi>x</mi></math>',
    );
  });
});

describe('images', () => {
  const sources = new Map([['https://img.example/kept.png', 'blob:chrome-extension://x/1234']]);

  test('a kept image is shown from the library, not fetched from its address', () => {
    expect(clean('<img src="https://img.example/kept.png" alt="kept">', sources)).toBe('<img src="blob:chrome-extension://x/1234" alt="kept" loading="lazy">');
  });

  test('an image not kept stays at its web address, asked for without a referrer', () => {
    expect(clean('<img src="https://img.example/other.png">', sources)).toBe('<img src="https://img.example/other.png" referrerpolicy="no-referrer" loading="lazy">');
  });

  test('an address that is neither the web nor an inline image is not loaded', () => {
    expect(clean('<img src="chrome-extension://x/secret.png"><img src="file:///etc/passwd"><img src="data:image/png;base64,AAAA">')).toBe(
      '<img loading="lazy"><img loading="lazy"><img src="data:image/png;base64,AAAA" loading="lazy">',
    );
  });
});
