import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { defuddleReading } from '../../../src/core/extract/defuddle-reading';

test('a page Defuddle finds nothing in gives no reading', () => {
  expect(defuddleReading(parsePage('<html><body></body></html>'), 'https://fellside.example.com/')).toBeNull();
});

test("a reading of another copy of the page is a block of the document it is asked for", () => {
  const html = '<html><body><article><h1>Trail notes</h1><p>The ridge path was dry all the way to the cairn, and the wind dropped after noon.</p></article></body></html>';
  const doc = parsePage(html);
  const reading = defuddleReading(parsePage(html), 'https://fellside.example.com/notes', doc)!;
  expect(reading.ownerDocument).toBe(doc);
  expect(reading.textContent).toContain('wind dropped after noon');
});
