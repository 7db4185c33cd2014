import { expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { selectedHtml } from '../../src/content/selection';

function pageWithSelection(body: string, select: (doc: Document) => Range | null): Document {
  const { window } = new JSDOM(`<!doctype html><html><body>${body}</body></html>`);
  const range = select(window.document);
  if (range) window.getSelection()!.addRange(range);
  return window.document;
}

test('nothing selected gives nothing', () => {
  expect(selectedHtml(pageWithSelection('<p>text</p>', () => null))).toBe('');
});

test('the selected elements, with their markup', () => {
  const doc = pageWithSelection('<p>one <b>two</b></p><p>three</p><p>four</p>', (d) => {
    const range = d.createRange();
    range.setStartBefore(d.querySelectorAll('p')[0]);
    range.setEndAfter(d.querySelectorAll('p')[1]);
    return range;
  });
  expect(selectedHtml(doc)).toBe('<p>one <b>two</b></p><p>three</p>');
});

test('a selection inside a code block stays a code block, with its language', () => {
  const doc = pageWithSelection('<pre class="language-go"><code>a := 1\nb := 2\nc := 3</code></pre>', (d) => {
    const text = d.querySelector('code')!.firstChild!;
    const range = d.createRange();
    range.setStart(text, 7);
    range.setEnd(text, 13);
    return range;
  });
  expect(selectedHtml(doc)).toBe('<pre class="language-go"><code>b := 2</code></pre>');
});

test('the page is left as it was', () => {
  const doc = pageWithSelection('<p>one</p><p>two</p>', (d) => {
    const range = d.createRange();
    range.selectNodeContents(d.body);
    return range;
  });
  const before = doc.body.innerHTML;
  selectedHtml(doc);
  expect(doc.body.innerHTML).toBe(before);
});
