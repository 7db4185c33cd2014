/**
 * Parses `html` (a fragment of a body) into nodes owned by `doc`. The parse happens in a
 * DOMParser's inert document, so nothing in it loads or runs, and no markup is assigned to
 * `innerHTML` (which `web-ext lint` rightly flags). Wrapped in `<body>` so `<style>`, `<meta>` or
 * `<title>` at its start stay where they are, as they would in a `<div>`.
 * A browser document cloned off its page has no window: the context's own DOMParser parses then.
 */
export function htmlNodes(doc: Document, html: string): Node[] {
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => doc.importNode(node, true));
}
