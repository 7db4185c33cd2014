import type TurndownService from 'turndown';
import { safeMathMl } from '../safe-mathml';

/** A formula's TeX and whether it is set apart (display) or runs in the text (inline). */
interface Formula {
  tex: string;
  display: boolean;
}

// null: no formula here (the element's content converts as usual); 'drop': a rendering to leave
// out; 'mathml': MathML without TeX, kept as it is since Markdown renderers show MathML.
type Reading = Formula | 'drop' | 'mathml' | null;

const TEX_ANNOTATION = 'annotation[encoding="application/x-tex"]';
const MATHJAX2_RENDERED = /(?:^|\s)(?:MathJax(?:_Display|_SVG(?:_Display)?|_CHTML)?|MathJax_Preview)(?:\s|$)/;
// Wikipedia's math images: /media/math/render/svg/<hash>, with the TeX as alt.
const WIKI_MATH_IMAGE = /\/media\/math\/render\//;

// A formula is asked for by the filter and again by the replacement.
const readings = new WeakMap<Node, Reading>();

function classOf(el: Element): string {
  return el.getAttribute('class') ?? '';
}

function hasClass(el: Element, name: string): boolean {
  return ` ${classOf(el)} `.includes(` ${name} `);
}

/** TeX from MathML: its TeX annotation, else `alttext`, else MathJax 4's `data-latex`. */
function texOfMathMl(math: Element | null): string | null {
  if (!math) return null;
  return math.querySelector(TEX_ANNOTATION)?.textContent ?? math.getAttribute('alttext') ?? math.getAttribute('data-latex');
}

/** Zhihu's editor marks a display formula with a trailing `\\`. */
function zhihu(tex: string): Formula {
  const display = /\\\\\s*$/.test(tex);
  return { tex: display ? tex.replace(/\\\\\s*$/, '') : tex, display };
}

function isMathJax2Script(el: Element | null): boolean {
  return el?.tagName === 'SCRIPT' && /^math\/tex/i.test(el.getAttribute('type') ?? '');
}

function read(el: Element): Reading {
  const tag = el.tagName;
  const cls = classOf(el);
  if (tag === 'SCRIPT') {
    const type = el.getAttribute('type') ?? '';
    return isMathJax2Script(el) ? { tex: el.textContent ?? '', display: /mode\s*=\s*display/i.test(type) } : null;
  }
  if (tag === 'MATH') {
    const tex = texOfMathMl(el);
    return tex === null ? 'mathml' : { tex, display: el.getAttribute('display') === 'block' };
  }
  if (tag === 'MJX-CONTAINER') {
    const tex = el.getAttribute('data-latex') ?? el.getAttribute('data-tex') ?? el.getAttribute('data-formula') ?? texOfMathMl(el.querySelector('math'));
    return tex === null ? null : { tex, display: el.getAttribute('display') === 'true' };
  }
  if (!cls && tag !== 'IMG') return null;
  if (hasClass(el, 'katex-display') || hasClass(el, 'katex')) {
    const tex = texOfMathMl(el.querySelector('math'));
    return tex === null ? null : { tex, display: hasClass(el, 'katex-display') };
  }
  if (hasClass(el, 'math-inline') || hasClass(el, 'math-display')) {
    return { tex: el.getAttribute('data-tex') ?? el.textContent ?? '', display: hasClass(el, 'math-display') };
  }
  if (hasClass(el, 'ztext-math') && el.hasAttribute('data-tex')) return zhihu(el.getAttribute('data-tex')!);
  if (hasClass(el, 'mwe-math-element')) {
    const image = el.querySelector('img');
    const tex = texOfMathMl(el.querySelector('math')) ?? image?.getAttribute('alt') ?? null;
    const display = !!el.querySelector('.mwe-math-fallback-image-display, .mwe-math-mathml-display, math[display="block"]');
    return tex === null ? null : { tex, display };
  }
  if (tag === 'IMG') {
    if (el.hasAttribute('eeimg') && el.hasAttribute('alt')) return zhihu(el.getAttribute('alt')!);
    if (!hasClass(el, 'mwe-math-fallback-image-inline') && !hasClass(el, 'mwe-math-fallback-image-display') && !WIKI_MATH_IMAGE.test(el.getAttribute('src') ?? '')) return null;
    // Beside its MathML (a page whose wrapper lost its class) the image only repeats the formula.
    if (el.parentElement?.querySelector('math')) return 'drop';
    const tex = el.getAttribute('alt');
    return tex ? { tex, display: hasClass(el, 'mwe-math-fallback-image-display') || /display:\s*block/.test(el.getAttribute('style') ?? '') } : null;
  }
  if (hasClass(el, 'MathJax_Preview')) return 'drop';
  if (MATHJAX2_RENDERED.test(cls)) {
    // MathJax 2 keeps the source script right after its rendering; without it, read the hidden MathML.
    if (isMathJax2Script(el.nextElementSibling)) return 'drop';
    const tex = texOfMathMl(el.querySelector('math'));
    return tex === null ? 'drop' : { tex, display: el.tagName === 'DIV' || /Display/.test(cls) };
  }
  return null;
}

function reading(node: Node): Reading {
  if (node.nodeType !== 1) return null;
  let value = readings.get(node);
  if (value === undefined) {
    value = read(node as Element);
    readings.set(node, value);
  }
  return value;
}

/** Writes TeX verbatim: inline on one line, display on lines of its own without blank lines. */
export function formulaMarkdown({ tex, display }: Formula): string {
  const trimmed = tex.trim().replace(/^\\\((.*)\\\)$/s, '$1').replace(/^\\\[(.*)\\\]$/s, '$1').trim();
  if (!trimmed) return '';
  return display ? `\n\n$$\n${trimmed.replace(/\n\s*\n/g, '\n')}\n$$\n\n` : `$${trimmed.replace(/\s*\n\s*/g, ' ')}$`;
}

/**
 * Formulas from KaTeX, MathJax 2 and 3, MathML, Zhihu and MediaWiki become `$…$` (inline) or
 * `$$…$$` (display) with their TeX; renderings that only repeat a formula are left out.
 */
export const math: TurndownService.Rule = {
  filter: (node) => reading(node) !== null,
  replacement(_content, node) {
    const value = reading(node);
    if (value === 'mathml') return safeMathMl(node as Element);
    return value && value !== 'drop' ? formulaMarkdown(value) : '';
  },
};

/**
 * turndown skips rules for elements without text, and for their blank parents: a formula drawn as
 * SVG (MathJax 3 with its TeX in `data-latex`) has none, so blank elements are searched for one.
 * Blank elements hold no text or images, so the search stays small.
 */
export function blankReplacement(_content: string, node: TurndownService.Node): string {
  const own = reading(node as Node);
  const found = own ? [node as Element] : [...(node as Element).querySelectorAll?.('[data-latex], [data-tex], [data-formula]') ?? []];
  const formulas = found.map(reading).filter((value): value is Formula => !!value && typeof value === 'object');
  if (formulas.length) return formulas.map(formulaMarkdown).join('');
  return (node as TurndownService.Node & { isBlock?: boolean }).isBlock ? '\n\n' : '';
}
