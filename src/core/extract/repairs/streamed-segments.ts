/**
 * React's streaming server rendering sends parts of a page late, at the end of the body, each in a
 * `<div hidden id="S:n">`, with a script that moves it into place: over a `<template id="P:n">`
 * placeholder, or over a `<template id="B:n">` Suspense boundary and its loading fallback. A live tab
 * has run those scripts; a fetched page ("Save link", the CLI) has not, and its article sat hidden at
 * the end of the body, where extractors rightly skip it. Moved here as React's scripts move it.
 * Segments and their places are paired by number, as React numbers them in the common case.
 */
export function placeStreamedSegments(doc: Document): void {
  for (const segment of doc.querySelectorAll('div[hidden][id^="S:"]')) {
    const n = segment.id.slice(2);
    const placeholder = doc.getElementById(`P:${n}`);
    const boundary = doc.getElementById(`B:${n}`);
    if (placeholder?.parentNode) placeholder.replaceWith(...segment.childNodes);
    else if (boundary?.parentNode) replaceFallback(boundary, segment);
    else continue;
    segment.remove();
  }
}

/** Puts the segment's nodes where the boundary's fallback was: from the template to the boundary's closing `<!--/$-->`. */
function replaceFallback(boundary: Element, segment: Element): void {
  const parent = boundary.parentNode!;
  let node: ChildNode | null = boundary;
  let depth = 0;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  for (const child of [...segment.childNodes]) parent.insertBefore(child, node);
}
