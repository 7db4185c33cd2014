/**
 * Moves what linkedom leaves outside `<body>` into it, as a browser's parser does: text and
 * elements after `</body>` or `</html>`, or beside a missing `<body>`. Readability walks up from
 * its best candidate to `<body>` and threw a TypeError on content outside it (reliability issue).
 */
export function gatherIntoBody(doc: Document): void {
  const html = doc.documentElement;
  const body = doc.body;
  const stray = (node: ChildNode) => (node.nodeType === 3 || node.nodeType === 1) && node !== body && node.nodeName !== 'HEAD';
  const before = [...html.childNodes].slice(0, [...html.childNodes].indexOf(body)).filter(stray);
  const after = [...html.childNodes].slice([...html.childNodes].indexOf(body) + 1).filter(stray);
  const outside = [...doc.childNodes].slice([...doc.childNodes].indexOf(html) + 1).filter(stray);
  body.prepend(...before);
  body.append(...after, ...outside);
}

/** What a `<head>` holds that the page never shows as text, moved to the document's head. */
const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE']);

/**
 * Unwraps `<html>`, `<head>` and `<body>` elements inside the body, as a browser's parser does: it
 * ignores those start tags there and keeps what follows in place. Pages that paste whole documents
 * into one (a CMS block holding `<html><body>…`) otherwise reach the extractor as several unknown
 * elements, and Readability kept one of them as the article. A nested head's title, meta, link,
 * style and script elements go to the document's head: its metadata stays readable (a page with a
 * script before its doctype is read whole into the body, head included) and its title is not
 * taken for article text.
 */
export function unwrapNestedDocuments(doc: Document): void {
  // By tag name, not a selector: a plain walk, for a repair that almost every page needs none of.
  const nested = ['html', 'head', 'body'].flatMap((tag) => [...doc.body.getElementsByTagName(tag)]);
  if (nested.length === 0) return;
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), doc.body);
  for (const element of nested) {
    if (element.tagName === 'HEAD') head.append(...[...element.children].filter((child) => HEAD_ONLY.has(child.tagName)));
    element.replaceWith(...element.childNodes);
  }
}
