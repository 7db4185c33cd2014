/** The elements the content repairs change (lazy images, code blocks). */
export interface RepairTargets {
  images: Element[];
  noscripts: Element[];
  pres: Element[];
  /** Whether there is any `<pre>` or `<code>`: without one there is no code furniture to look for. */
  hasCode: boolean;
  /** Links whose address holds a `#`: a table of contents is made of them. */
  jumpLinks: Element[];
}

/**
 * The repair targets under `root`, by query: for an article built apart from the page, or a page an
 * adapter has changed. A page as loaded has them in its parts (`PageParts`), from the walk it makes anyway.
 */
export function repairTargets(root: ParentNode): RepairTargets {
  return {
    images: [...root.querySelectorAll('img')],
    noscripts: [...root.querySelectorAll('noscript')],
    pres: [...root.querySelectorAll('pre')],
    hasCode: !!root.querySelector('pre, code'),
    jumpLinks: [...root.querySelectorAll('a[href*="#"]')],
  };
}
