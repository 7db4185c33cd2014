// MathML without TeX is kept as HTML in the Markdown, and Markdown renderers (kramdown for Jekyll,
// Goldmark, markdown-it with html) pass HTML through. So only MathML's own elements stay, and no
// attribute that can run code or load something: event handlers, links (`href` works on any MathML
// element in Firefox), `style` (CSS `url()`). Reliability issue: script in pages.
const MATHML_ELEMENTS = new Set(
  'math maction annotation annotation-xml menclose merror mfenced mfrac mi mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics'.split(' '),
);
const UNSAFE_ATTRIBUTE = /^on|(?:^|:)(?:href|src|style|action|formaction)$/i;

/** The MathML markup of `math` with everything that is not MathML, and every unsafe attribute, removed. */
export function safeMathMl(math: Element): string {
  const copy = math.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    if (!MATHML_ELEMENTS.has(el.localName.toLowerCase())) {
      el.remove();
      continue;
    }
    for (const name of el.getAttributeNames()) if (UNSAFE_ATTRIBUTE.test(name)) el.removeAttribute(name);
  }
  return copy.outerHTML;
}
