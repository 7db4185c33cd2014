/**
 * Tailwind's scroll margin and padding utilities (`scroll-mt-20`, `md:scroll-pt-4`), which
 * Readability's class weighting takes for page chrome: its negative pattern holds "scroll".
 * Documentation sites put a scroll margin on every heading and code block so a jump to it clears the
 * sticky header, and Readability then drops those headings (`_cleanHeaders`) and code blocks
 * (`_cleanConditionally`). They say where a block stops when scrolled to, not what it is.
 * (`overflow-hidden` matches its "hidden" too, but taking it out changed which block Readability
 * chose on shop and landing pages, for the worse as often as the better: left.)
 */
const UTILITY = String.raw`(?:^|\s)(?:[\w-]+:)*-?scroll-[mp][trblxyse]?-\S+(?=\s|$)`;

/** Whether a class attribute holds such a utility: tested on each element with attributes in the page walk. */
export const LAYOUT_UTILITY = new RegExp(UTILITY);

/** Takes the layout utilities out of the class names of `elements`, before Readability weighs them. */
export function removeLayoutUtilities(elements: readonly Element[]): void {
  const every = new RegExp(UTILITY, 'g');
  for (const el of elements) el.setAttribute('class', (el.getAttribute('class') ?? '').replace(every, ' ').trim());
}
