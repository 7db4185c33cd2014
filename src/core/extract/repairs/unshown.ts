/**
 * Class names by which a page's own stylesheet hides an element from a sighted reader: `hidden`
 * (Bootstrap 3, Tailwind, NodeBB's themes; not where a breakpoint shows it again, `hidden md:flex`),
 * and the text written for screen readers only (Bootstrap's and Tailwind's `sr-only`, Bootstrap 5's
 * `visually-hidden`). Without the stylesheet (linkedom, and a clone of the page) these read as text;
 * on the page the reader saw, they were not there. Not WordPress's `screen-reader-text`: WooCommerce
 * writes a product's prices there ("Original price was: $30.00"), which a saved shop page keeps.
 */
const UNSHOWN = /(?:^|\s)(?:hidden|sr-only|visually-hidden)(?=\s|$)/;
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|table-cell|table-row|contents|flow-root)(?=\s|$)/;

/**
 * Whether `el`, with class names `names`, is hidden from a sighted reader. Not a disclosure's panel,
 * the block right after the button that opens it (an FAQ's answer): the reader opens it to read it.
 */
export function isUnshown(el: Element, names: string): boolean {
  return UNSHOWN.test(names) && !SHOWN_AT_BREAKPOINT.test(names) && el.previousElementSibling?.localName !== 'button';
}
