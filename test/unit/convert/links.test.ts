import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('links', () => {
  test('javascript: links keep only their text', () => expect(md('<a href="javascript:void(0)">go</a> <a href=" JavaScript:x">b</a>')).toBe('go b'));

  test('other links stay', () => expect(md('<a href="https://example.org/">site</a>')).toBe('[site](https://example.org/)'));
});
