import { describe, expect, it } from 'vitest';
import {
  compareCells,
  compareCode,
  compareImages,
  compareLinks,
  comparePage,
  countRenderedMath,
  countSourceMath,
  parseFragment,
  preText,
  tokens,
  visibleText,
  wordScore,
} from '../../scripts/bench/fidelity/compare';
import { renderMarkdown } from '../../scripts/bench/fidelity/render';

describe('tokens', () => {
  it('lower-cases \\w+ runs in any script', () => {
    expect(tokens('Hello, World_2! Ünïcode x²')).toEqual(['hello', 'world_2', 'ünïcode', 'x²']);
  });
  it('counts each Han character and kana as a token', () => {
    expect(tokens('数据结构abc かな')).toEqual(['数', '据', '结', '构', 'abc', 'か', 'な']);
  });
});

describe('wordScore', () => {
  it('is a multiset F1 with what is missing and extra', () => {
    const s = wordScore(['a', 'a', 'b'], ['a', 'c']);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(0.4);
    expect(s.missing).toEqual([['a', 1], ['b', 1]]);
    expect(s.extra).toEqual([['c', 1]]);
  });
  it('scores two empty texts 1 and one empty side 0', () => {
    expect(wordScore([], []).f1).toBe(1);
    expect(wordScore(['a'], []).f1).toBe(0);
  });
});

describe('visibleText', () => {
  it('separates blocks, joins inline runs, skips what a browser never shows', () => {
    const root = parseFragment('<p>one<b>two</b></p><p>three</p><script>x()</script><iframe>fallback</iframe>');
    expect(tokens(visibleText(root))).toEqual(['onetwo', 'three']);
  });
});

describe('compareCode', () => {
  it('reads <br> as a newline and wants the same bytes and language', () => {
    const source = parseFragment('<pre><code class="language-js">a();<br>b();</code></pre><pre><code class="language-py">x = 1</code></pre><pre>  </pre>');
    const rendered = parseFragment('<pre><code class="language-js">a();\nb();\n</code></pre><pre><code>x = 1\n</code></pre>');
    expect(preText(source.querySelector('pre')!)).toBe('a();\nb();');
    const r = compareCode(source, rendered);
    expect(r).toMatchObject({ blocks: 2, equal: 2, equalWithLanguage: 1, withLanguage: 2, intentional: 1 });
    expect(r.wrongLanguage[0]).toMatchObject({ expected: 'py', got: '' });
  });
  it('reports a block whose text changed', () => {
    const r = compareCode(parseFragment('<pre># one</pre>'), parseFragment('<pre><code>\\# one\n</code></pre>'));
    expect(r.equal).toBe(0);
    expect(r.lost[0].nearest).toBe('\\# one');
  });
});

describe('compareCells', () => {
  it('counts data-table cells and sets layout tables apart', () => {
    const source = parseFragment('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table><table><tr><td>boxed note</td></tr></table>');
    expect(compareCells(source, parseFragment('<table><tr><td>a</td><td>b</td></tr></table>'))).toEqual({ cells: 4, rendered: 2, kept: 2, intentional: 1 });
  });
});

describe('compareImages and compareLinks', () => {
  it('finds an image by any of its sources and counts pixels and data URIs as left out on purpose', () => {
    const source = parseFragment(
      '<img src="https://e.org/small.jpg" srcset="https://e.org/big.jpg 2x"><img src="https://e.org/p.gif" width="1" height="1"><img src="data:image/png;base64,AAAA"><img src="https://e.org/gone.png">',
    );
    const r = compareImages(source, parseFragment('<img src="https://e.org/big.jpg">'));
    expect(r).toMatchObject({ total: 2, kept: 1, lost: ['https://e.org/gone.png'] });
    expect(r.intentional).toEqual({ '1×1 pixel': 1, 'data: URI': 1 });
  });
  it('compares hrefs decoded and leaves javascript:, in-page and in-code links out of the count', () => {
    const source = parseFragment('<a href="https://e.org/a b">x</a><a href="javascript:void(0)">y</a><a href="#top">z</a><code><a href="https://e.org/c">c</a></code><a href="https://e.org/lost">l</a>');
    const r = compareLinks(source, parseFragment('<a href="https://e.org/a%20b">x</a>'));
    expect(r).toMatchObject({ total: 2, kept: 1, lost: ['https://e.org/lost'] });
    expect(r.intentional).toEqual({ 'javascript:/data: href': 1, 'in-page anchor': 1, 'inside code': 1 });
  });
});

describe('math', () => {
  it('counts each formula of the supported markups once', () => {
    const source = parseFragment(
      '<span class="katex-display"><span class="katex"><math><annotation encoding="application/x-tex">a</annotation></math></span></span><span class="MathJax">x</span><script type="math/tex">b</script><mjx-container></mjx-container><span><img class="mwe-math-fallback-image-inline" alt="c"></span>',
    );
    expect(countSourceMath(source)).toBe(4);
  });
  it('counts $…$ and $$…$$ as the renderer shows them, not prices', () => {
    const html = renderMarkdown('Cost $5 or $10, while $x^2$ is math.\n\n$$\ny = 1\n$$\n');
    expect(countRenderedMath(parseFragment(html))).toBe(2);
  });
});

describe('comparePage', () => {
  it('scores a faithful round trip as perfect', () => {
    const source = '<h2>Title</h2><p>Some <a href="https://e.org/x">linked</a> text.</p><pre><code class="language-sh">ls -la</code></pre><table><thead><tr><th>k</th><th>v</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    const md = '## Title\n\nSome [linked](https://e.org/x) text.\n\n```sh\nls -la\n```\n\n| k | v |\n| --- | --- |\n| 1 | 2 |\n';
    const f = comparePage(source, renderMarkdown(md));
    expect(f.words.f1).toBe(1);
    expect(f.code).toMatchObject({ blocks: 1, equalWithLanguage: 1 });
    expect(f.cells).toMatchObject({ cells: 4, kept: 4 });
    expect(f.links).toMatchObject({ total: 1, kept: 1 });
  });
});
