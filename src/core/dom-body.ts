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
