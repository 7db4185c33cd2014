import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('lists', () => {
  test('start number and nesting', () => {
    expect(md('<ol start="4"><li>a<ul><li>b</li></ul></li><li>c</li></ol>')).toBe('4. a\n   - b\n5. c');
  });

  test('task items', () => {
    expect(md('<ul><li><input type="checkbox" checked> done</li><li><label><input type="checkbox"> todo</label></li></ul>')).toBe('- [x] done\n- [ ] todo');
  });

  test('item text that looks like a marker is escaped', () => expect(md('<ul><li>1. x</li></ul>')).toBe('- 1\\. x'));

  test('blockquotes with nested blocks', () => {
    expect(md('<blockquote><p>a</p><ul><li>b</li></ul><blockquote><p>c</p></blockquote></blockquote>')).toBe('> a\n>\n> - b\n>\n> > c');
  });
});
