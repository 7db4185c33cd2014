import { describe, expect, test } from 'vitest';
import MarkdownIt from 'markdown-it';
import { DEFAULT_MARKDOWN_STYLE, MARKDOWN_STYLE_CHOICES, type MarkdownStyle } from '../../../src/core/convert/style';
import { md } from './helpers';

const style = (choice: Partial<MarkdownStyle>) => ({ style: { ...DEFAULT_MARKDOWN_STYLE, ...choice } });

describe('Markdown style: each choice is written', () => {
  test('headings: atx, or setext for levels 1 and 2', () => {
    const html = '<h1>One</h1><h2>Two</h2><h3>Three</h3>';
    expect(md(html, style({ headingStyle: 'atx' }))).toBe('# One\n\n## Two\n\n### Three');
    expect(md(html, style({ headingStyle: 'setext' }))).toBe('One\n===\n\nTwo\n---\n\n### Three');
    expect(md('<h1>A longer title</h1>', style({ headingStyle: 'setext' }))).toBe('A longer title\n==============');
  });

  test('a heading with no text writes nothing, in either style', () => {
    expect(md('<p>a</p><h2><br></h2><p>b</p>', style({ headingStyle: 'atx' }))).toBe('a\n\nb');
    expect(md('<p>a</p><h2><br></h2><p>b</p>', style({ headingStyle: 'setext' }))).toBe('a\n\nb');
  });

  test('setext falls back to atx inside a link around blocks and for a heading broken over lines', () => {
    expect(md('<a href="https://x.test/"><h2>Card</h2><p>Teaser</p></a>', style({ headingStyle: 'setext' }))).toBe('## [Card](https://x.test/)\n\n[Teaser](https://x.test/)');
    expect(md('<h2>Line one<br>line two</h2>', style({ headingStyle: 'setext' }))).toMatch(/^## Line one/);
  });

  test.each(MARKDOWN_STYLE_CHOICES.bulletListMarker)('bullet marker %s, nested lists too', (marker) => {
    expect(md('<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>', style({ bulletListMarker: marker }))).toBe(`${marker} a\n  ${marker} b\n${marker} c`);
  });

  test.each(MARKDOWN_STYLE_CHOICES.emDelimiter)('emphasis %s', (d) => {
    expect(md('<p>an <em>idea</em> here</p>', style({ emDelimiter: d }))).toBe(`an ${d}idea${d} here`);
  });

  test.each(MARKDOWN_STYLE_CHOICES.strongDelimiter)('strong %s', (d) => {
    expect(md('<p>a <strong>bold</strong> claim</p>', style({ strongDelimiter: d }))).toBe(`a ${d}bold${d} claim`);
  });

  test('underscores inside a word make no emphasis, so there the asterisk form is written', () => {
    expect(md('<p>un<em>believ</em>able and <strong>x</strong>y</p>', style({ emDelimiter: '_', strongDelimiter: '__' }))).toBe('un*believ*able and **x**y');
  });

  test.each(MARKDOWN_STYLE_CHOICES.fence)('code fence %s, longer than any run of its character inside', (fence) => {
    expect(md('<pre><code class="language-go">x := 1</code></pre>', style({ fence }))).toBe(`${fence}go\nx := 1\n${fence}`);
    const char = fence[0];
    expect(md(`<pre><code>a ${char.repeat(4)} b</code></pre>`, style({ fence }))).toBe(`${char.repeat(5)}\na ${char.repeat(4)} b\n${char.repeat(5)}`);
  });
});

describe('Markdown style: every combination renders the same HTML as the default', () => {
  const markdownIt = new MarkdownIt({ html: true });
  const html = `<h1>Title</h1><p>Some <em>soft</em> and <strong>hard</strong> words, in<em>side</em> a word, snake_case and 2 * 3.</p>
<h2>Second level</h2><ul><li>one <em>1</em><ul><li>nested</li></ul></li><li>two</li></ul><ol><li>first</li></ol>
<h3>Third</h3><pre><code class="language-js">const s = \`~~~ and \\\`\\\`\\\`\`;</code></pre><blockquote><p>Quote with <strong>bold</strong></p></blockquote>`;
  const expected = markdownIt.render(md(html));
  const combos: MarkdownStyle[] = [];
  for (const headingStyle of MARKDOWN_STYLE_CHOICES.headingStyle)
    for (const bulletListMarker of MARKDOWN_STYLE_CHOICES.bulletListMarker)
      for (const emDelimiter of MARKDOWN_STYLE_CHOICES.emDelimiter)
        for (const strongDelimiter of MARKDOWN_STYLE_CHOICES.strongDelimiter)
          for (const fence of MARKDOWN_STYLE_CHOICES.fence) combos.push({ headingStyle, bulletListMarker, emDelimiter, strongDelimiter, fence });

  test.each(combos.map((c) => [Object.values(c).join(' '), c] as const))('%s', (_name, choice) => {
    const written = md(html, { style: choice });
    expect(markdownIt.render(written)).toBe(expected);
  });
});
