/**
 * The deepest element nesting a parsed page keeps. Browsers' HTML parsers stop nesting deeper
 * (Firefox at 200, its MAX_REFLOW_DEPTH; Chromium at 512): past it, elements become siblings.
 * linkedom has no limit, and Readability and turndown recurse and rescan per level, so a
 * 10,000-deep page overflowed the stack (and took seconds per thousand levels) before this limit.
 */
export const MAX_DEPTH = 200;

/** Flattens `doc` the way Firefox's parser does: elements below `maxDepth` become children of the element at that depth. */
export function limitDepth(doc: Document, maxDepth = MAX_DEPTH): void {
  const root = doc.documentElement;
  if (!root) return;
  const depths = new Map<Element, number>([[root, 1]]);
  // Document order: a parent is met before its children, so its depth is known.
  for (const el of root.querySelectorAll('*')) {
    const depth = depths.get(el.parentElement!)! + 1;
    depths.set(el, depth);
    if (depth !== maxDepth || ![...el.children].some((child) => child.firstElementChild)) continue;
    // Appending in document order moves each descendant out of its parent, so all end up children of `el`.
    for (const descendant of [...el.querySelectorAll('*')]) el.append(descendant);
  }
}
