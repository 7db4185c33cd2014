import { expect, test } from 'vitest';
import { cdataAsBrowsersRead } from '../../../src/core/html-cdata';
import { convertPage, parsePage } from '../../../src/core/pipeline';

const post = (n: number) =>
  `<article class="message-body"><div class="bbWrapper">Reply ${n}: I swapped the fan on my old tower ` +
  `and the idle noise dropped by half, though the case still rattles when the disk spins up.</div></article>`;

test('a stray <![CDATA[ in the body ends at the next ">", as in a browser, and the page after it is kept', () => {
  const page = `<!doctype html><html><head><title>Quiet fans</title></head><body class="forum">
    <![CDATA[
    <div id="jump"></div>
    <div class="p-body"><h1>Quiet fans for an old tower</h1>${[1, 2, 3, 4, 5].map(post).join('')}</div>
  </body></html>`;
  const doc = parsePage(page);
  expect(doc.querySelectorAll('.bbWrapper')).toHaveLength(5);
  const { capture } = convertPage(page, 'https://forum.example.org/threads/quiet-fans.12/', { id: 'a1', now: 0, offset: 0 });
  expect(capture.text).toContain('Reply 5: I swapped the fan');
});

test('the bogus comment holds what a browser puts in it: up to the first ">"', () => {
  expect(cdataAsBrowsersRead('a<![CDATA[ x <b>y</b>')).toBe('a<!--[CDATA[ x <b-->y</b>');
  expect(cdataAsBrowsersRead('<p>no section here</p>')).toBe('<p>no section here</p>');
});

test('scripts, styles and comments keep their <![CDATA[ as they are', () => {
  const script = '<script>/* <![CDATA[ */ var shown = 2 > 1; /* ]]> */</script>';
  const style = '<style>/*<![CDATA[*/ p > a { color: red } /*]]>*/</style>';
  const comment = '<!-- <![CDATA[ old > new ]]> -->';
  const html = `<html><head>${script}${style}</head><body>${comment}<p>text</p><![CDATA[ x ]]></body></html>`;
  expect(cdataAsBrowsersRead(html)).toBe(`<html><head>${script}${style}</head><body>${comment}<p>text</p><!--[CDATA[ x ]]--></body></html>`);
});
