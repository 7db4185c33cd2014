import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('inline code', () => {
  test.each([
    ['<code>x</code>', '`x`'],
    ['<code>a`b</code>', '``a`b``'],
    ['<code>a``b`c</code>', '```a``b`c```'],
    ['<code>`x</code>', '`` `x ``'],
    ['<code>x`</code>', '`` x` ``'],
    ['<code>a|b</code>', '`a|b`'],
    ['<code><span>let</span> <a href="/x">x</a></code>', '`let x`'],
    ['中文<code>x</code>中文', '中文`x`中文'],
  ])('%s', (html, expected) => expect(md(html)).toBe(expected));
});
