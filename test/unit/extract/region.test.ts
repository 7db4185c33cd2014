import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { visibleLength } from '../../../src/core/extract/region';

const body = () =>
  parsePage(`<html><body><p>First   block</p><script>var hidden = 1;</script><div><p>Second block</p><style>p{}</style></div><p>Third block</p></body></html>`).body;

test('the visible text is counted without scripts and styles, spaces collapsed', () => {
  expect(visibleLength(body())).toBe('First block'.length + 'Second block'.length + 'Third block'.length);
});

test('with a bound, counting stops once the bound is reached, never under it', () => {
  const whole = visibleLength(body());
  const bounded = visibleLength(body(), 12);
  expect(bounded).toBeGreaterThanOrEqual(12);
  expect(bounded).toBeLessThan(whole);
  expect(visibleLength(body(), whole + 1)).toBe(whole);
});
