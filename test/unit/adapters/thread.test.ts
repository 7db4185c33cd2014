import { describe, expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { headingLine, readableTime, threadContent } from '../../../src/core/extract/adapters/thread';

describe('readableTime', () => {
  test('reads ISO and space-separated stamps, naming Z as UTC', () => {
    expect(readableTime('2024-03-03T14:12:45Z')).toBe('2024-03-03 14:12 UTC');
    expect(readableTime('2024-03-03 14:12:45Z')).toBe('2024-03-03 14:12 UTC');
    expect(readableTime('2024-03-03T14:12:45.120Z')).toBe('2024-03-03 14:12 UTC');
    expect(readableTime('2024-03-03T14:12:45+00:00')).toBe('2024-03-03 14:12 UTC');
  });
  test('keeps another offset as written, and a stamp without one bare', () => {
    expect(readableTime('2024-03-03T14:12:45+05:30')).toBe('2024-03-03 14:12 +05:30');
    expect(readableTime('2024-03-03T14:12')).toBe('2024-03-03 14:12');
  });
  test('is null for anything else', () => {
    expect(readableTime('Mar 3, 2024')).toBeNull();
    expect(readableTime(null)).toBeNull();
  });
});

test('headingLine joins only the known parts', () => {
  expect(headingLine('Answer by Ada', 'score 3', false, null, '2024-03-03 14:12 UTC')).toBe('Answer by Ada · score 3 · 2024-03-03 14:12 UTC');
});

test('threadContent puts each post in its own section, in order', () => {
  const doc = parsePage('<html><body><div id="a"><p>first</p></div><div id="b"><p>second</p><pre>x</pre></div></body></html>');
  const holder = threadContent(doc, [
    { heading: 'Question by Ada', body: doc.querySelector('#a')! },
    { heading: 'Answer by Bo', body: doc.querySelector('#b')! },
  ])!;
  expect(holder.innerHTML).toBe('<section><h2>Question by Ada</h2><p>first</p></section><section><h2>Answer by Bo</h2><p>second</p><pre>x</pre></section>');
  expect(threadContent(doc, [])).toBeNull();
});
