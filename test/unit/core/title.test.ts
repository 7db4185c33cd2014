import { expect, test } from 'vitest';
import { cleanTitle } from '../../../src/core/extract/title';

test.each([
  ['A rate limiter in forty lines | Field Notes', 'Field Notes', 'A rate limiter in forty lines'],
  ['Field Notes | A rate limiter in forty lines', 'Field Notes', 'A rate limiter in forty lines'],
  ['Why snake_case_names survive - My Blog', null, 'Why snake_case_names survive'],
  ['Go: the good parts', null, 'Go: the good parts'],
  ['One - Two - Three', 'Unrelated', 'One - Two - Three'],
])('%s → %s', (title, site, expected) => {
  expect(cleanTitle(title, site)).toBe(expected);
});
