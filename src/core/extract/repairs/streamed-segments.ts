/**
 * React's streaming server rendering sends parts of a page late, at the end of the body, each in a
 * `<div hidden id="S:n">`, with a script that moves it into place: over a `<template id="P:n">`
 * placeholder, or over a `<template id="B:n">` Suspense boundary and its loading fallback. A live tab
 * has run those scripts; a fetched page ("Save link", the CLI) has not, and its article sat hidden at
 * the end of the body, where extractors rightly skip it. Moved here as React's scripts move it.
 * Segments and their places are paired by number, as React numbers them in the common case.
 * `segments` are the page's `div[hidden][id^="S:"]` (`PageParts.segments`). True when one was placed.
 */
export function placeStreamedSegments(doc: Document, segments: readonly Element[]): boolean {
  let placed = false;
  for (const segment of segments) {
    const n = segment.id.slice(2);
    const placeholder = doc.getElementById(`P:${n}`);
    const boundary = doc.getElementById(`B:${n}`);
    if (placeholder?.parentNode) placeholder.replaceWith(...segment.childNodes);
    else if (boundary?.parentNode) replaceFallback(boundary, segment);
    else continue;
    segment.remove();
    placed = true;
  }
  return placed;
}

/**
 * Puts the segment's nodes where the boundary's fallback was: from the template to the boundary's
 * closing `<!--/$-->`. A page saved without its comments has no such marker, and the fallback's
 * end is unknown: the segment then replaces the template alone, and the fallback (a line of
 * "Loading…") stays rather than every sibling after it going.
 */
function replaceFallback(boundary: Element, segment: Element): void {
  const end = fallbackEnd(boundary);
  if (end === undefined) {
    boundary.replaceWith(...segment.childNodes);
    return;
  }
  for (let node: ChildNode | null = boundary; node && node !== end; ) {
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  end.before(...segment.childNodes);
}

/** The boundary's closing `<!--/$-->` among its later siblings (nested boundaries skipped), if any. */
function fallbackEnd(boundary: Element): ChildNode | undefined {
  let depth = 0;
  for (let node = boundary.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  return undefined;
}
