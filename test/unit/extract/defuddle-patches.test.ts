import { expect, test } from 'vitest';
import { Defuddle } from 'defuddle/core';
import Published from 'defuddle-anchor';
import { parsePage } from '../../../src/core/pipeline';

// Keepmark's Defuddle is patched (patches/defuddle+0.19.4.patch): markup is parsed in a DOMParser
// document where the published one assigns it to innerHTML, and its math is the core build's (no
// MathML/LaTeX converters). These pin that the result is the published bundle's (an npm alias of
// 0.19.4 as released, whose bundle has the core math too) where those paths run.

const url = 'https://notes.example.org/furnace';
function both(html: string) {
  return { patched: new Defuddle(parsePage(html), { url }).parse(), published: new Published(parsePage(html), { url }).parse() };
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the field notes, long enough to count, about tuning a small furnace, ` +
  `checking its flue, and writing down the readings every morning before the shop opens.</p>`;

test('footnotes, MathML and entities come out as the published Defuddle gives them', () => {
  const { patched, published } = both(`<html><head><title>Furnace notes</title>
    <script type="application/ld+json">{"@type": "Article", "headline": "Furnace notes", "description": "Flue &amp; draught"}</script></head>
    <body><article><h1>Furnace notes</h1>${[1, 2, 3].map(paragraph).join('')}
    <p>The draught<sup id="fnref:1"><a href="#fn:1">1</a></sup> rose with the wind, as
    <math display="inline"><mi>p</mi><mo>=</mo><mi>ρ</mi><mi>g</mi><mi>h</mi></math> says it should.</p>
    ${[4, 5].map(paragraph).join('')}
    <div class="footnotes"><ol><li id="fn:1"><p>Measured at the flue's base, with the door shut. <a href="#fnref:1">↩</a></p></li></ol></div>
    </article></body></html>`);
  expect(patched.content).toContain('<math');
  expect(patched.content).toContain('Measured at the flue');
  expect(patched.content).toBe(published.content);
  expect(patched.description).toBe('Flue & draught');
});

test('a footnote Defuddle rebuilds from its markup (Wikidot\'s) comes out as the published Defuddle gives it', () => {
  const { patched, published } = both(`<html><head><title>Furnace notes</title></head><body><div id="page-content">
    ${[1, 2, 3].map(paragraph).join('')}
    <p>The draught rose with the wind<sup class="footnoteref"><a id="footnoteref-1" href="#footnote-1" class="footnoteref">1</a></sup>.</p>
    ${[4, 5].map(paragraph).join('')}
    <div class="footnotes-footer"><div class="title">Footnotes</div>
    <div class="footnote-footer" id="footnote-1"><a href="#footnoteref-1">1</a>. Measured at the <em>flue's</em> base, with the door shut.</div></div>
    </div></body></html>`);
  expect(patched.content).toContain('<em>flue');
  expect(patched.content).toBe(published.content);
});

test('a page\'s malformed JSON-LD is not logged', () => {
  const logged: unknown[] = [];
  const saved = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    new Defuddle(parsePage(`<html><head><script type="application/ld+json">{"@type": "Product",</script></head><body>${paragraph(1)}</body></html>`), { url }).parse();
  } finally {
    console.error = saved;
  }
  expect(logged).toEqual([]);
});
