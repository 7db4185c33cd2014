import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('tables', () => {
  test('GFM with alignment, escaped pipes and line breaks', () => {
    expect(md('<table><tr><th align="right">a</th><th style="text-align:center">b</th></tr><tr><td>x|y</td><td><code>p|q</code><br>z</td></tr></table>')).toBe(
      '| a | b |\n| ---: | :---: |\n| x\\|y | `p\\|q`<br>z |',
    );
  });

  test('a header-less table gets an empty header row, not an invented one', () => {
    expect(md('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('| | |\n| --- | --- |\n| a | b |\n| c | |');
  });

  test('merged cells, nested tables and block content stay clean HTML', () => {
    expect(md('<table class="x"><tr><th colspan="2" style="c">a</th></tr><tr><td>b</td><td>c</td></tr></table>')).toBe('<table><tr><th colspan="2">a</th></tr><tr><td>b</td><td>c</td></tr></table>');
    expect(md('<table><tr><th>a</th><th>b</th></tr><tr><td><ul><li>x</li></ul></td><td>y</td></tr></table>')).toMatch(/^<table>.*<ul><li>x<\/li><\/ul>.*<\/table>$/);
  });

  test('a one-cell layout table is unwrapped', () => expect(md('<table><tr><td><p>note</p></td></tr></table>')).toBe('note'));

  test('the caption goes above', () => expect(md('<table><caption>Cap</caption><tr><th>a</th></tr><tr><td>1</td></tr></table>')).toBe('Cap\n\n| a |\n| --- |\n| 1 |'));
});
