import { describe, expect, test } from 'vitest';
import { md } from './helpers';

const tex = (t: string) => `<annotation encoding="application/x-tex">${t}</annotation>`;

describe('math', () => {
  test('KaTeX inline and display, without the HTML rendering', () => {
    expect(md(`<p>a <span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi>${tex('x_1')}</semantics></math></span><span class="katex-html">x1</span></span> b</p>`)).toBe('a $x_1$ b');
    expect(md(`<span class="katex-display"><span class="katex"><math display="block"><semantics>${tex('\\sum x')}</semantics></math><span class="katex-html">junk</span></span></span>`)).toBe('$$\n\\sum x\n$$');
  });

  test('MathJax 2 scripts, without preview and rendering', () => {
    expect(md('<p><span class="MathJax_Preview">a</span><span class="MathJax">a</span><script type="math/tex">a_*</script></p>')).toBe('$a_*$');
    expect(md('<div class="MathJax_Display">b</div><script type="math/tex; mode=display">b^2</script>')).toBe('$$\nb^2\n$$');
  });

  test('MathJax 3 containers', () => {
    expect(md(`<mjx-container class="MathJax" jax="CHTML"><mjx-math></mjx-math><mjx-assistive-mml><math><semantics><mi>y</mi>${tex('y')}</semantics></math></mjx-assistive-mml></mjx-container>`)).toBe('$y$');
    expect(md('<mjx-container display="true" data-latex="\\frac12"><svg></svg></mjx-container>')).toBe('$$\n\\frac12\n$$');
  });

  test('MathML: annotation, else alttext, else kept', () => {
    expect(md('<math alttext="\\sqrt2"><msqrt><mn>2</mn></msqrt></math>')).toBe('$\\sqrt2$');
    expect(md('<math><mi>z</mi></math>')).toBe('<math><mi>z</mi></math>');
  });

  test('Zhihu formulas and the adapter’s spans', () => {
    expect(md('<img class="ztext-math" data-tex="a_b" src="https://www.zhihu.com/equation?tex=a_b">')).toBe('$a_b$');
    expect(md('<span class="ztext-math" data-tex="c\\\\">c\\\\</span>')).toBe('$$\nc\n$$');
    expect(md('<span class="math-inline">d</span><div class="math-display">e</div>')).toBe('$d$\n\n$$\ne\n$$');
  });

  test('MediaWiki math with its fallback image', () => {
    expect(md('<span class="mwe-math-element"><span class="mwe-math-mathml-inline"><math alttext="{\\displaystyle k}"><mi>k</mi></math></span><img class="mwe-math-fallback-image-inline" alt="{\\displaystyle k}" src="https://wikimedia.org/api/rest_v1/media/math/render/svg/1"></span>')).toBe('${\\displaystyle k}$');
    expect(md('<img alt="m" src="https://wikimedia.org/api/rest_v1/media/math/render/svg/2">')).toBe('$m$');
  });

  test('TeX is never escaped', () => expect(md('<span class="math-inline">a_{i} * [b] `c`</span>')).toBe('$a_{i} * [b] `c`$'));
});
