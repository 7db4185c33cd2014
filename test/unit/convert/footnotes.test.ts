import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('footnotes', () => {
  test('sup > a[href^="#fn"] and the notes section', () => {
    expect(md('<p>a<sup><a href="#fn1" id="fnref1">1</a></sup></p><section class="footnotes"><hr><ol><li id="fn1"><p>Note. <a href="#fnref1">↩</a></p></li></ol></section>')).toBe('a[^1]\n\n[^1]: Note.');
  });

  test('a.footnote-ref with a colon id (kramdown)', () => {
    expect(md('<p>b<a class="footnote-ref" href="#fn:2">2</a></p><div class="footnotes"><ol><li id="fn:2"><p>Two. <a class="reversefootnote" href="#fnref:2">↩</a></p></li></ol></div>')).toBe('b[^2]\n\n[^2]: Two.');
  });

  test('MediaWiki sup.reference and ol.references', () => {
    expect(md('<p>c<sup class="reference"><a href="#cite_note-5">[5]</a></sup></p><ol class="references"><li id="cite_note-5"><span class="mw-cite-backlink"><a href="#cite_ref-5">^</a></span> <span class="reference-text">Src.</span></li></ol>')).toBe('c[^5]\n\n[^5]: Src.');
  });

  test('a note of several paragraphs', () => {
    expect(md('<ol><li id="fn1"><p>One.</p><p>Two.</p></li></ol>')).toBe('[^1]: One.\n\n    Two.');
  });

  test('ordinary in-page links and superscripts stay', () => expect(md('<p><a href="#intro">intro</a> x<sup>2</sup></p>')).toBe('[intro](#intro) x<sup>2</sup>'));
});
