import { describe, expect, test } from 'vitest';
import { escapeInline } from '../../../src/core/convert/escape';
import { md } from './helpers';

describe('escaping', () => {
  test.each([
    ['snake_case and 中_文', 'snake_case and 中_文'],
    ['_lead and trail_', '\\_lead and trail\\_'],
    ['2 * 3 and a*b', '2 * 3 and a\\*b'],
    ['a `tick`', 'a \\`tick\\`'],
    ['[text](url) [^1] [plain]', '[text\\](url) \\[^1] [plain]'],
    ['<div> a < b &amp; AT&T', '\\<div> a < b \\&amp; AT&T'],
    ['~~x~~ ~ a == b x==y', '\\~\\~x\\~\\~ ~ a == b x\\=\\=y'],
    ['\\* and \\ alone', '\\\\\\* and \\ alone'],
    ['$5 and $$x$$', '$5 and \\$\\$x\\$\\$'],
  ])('inline %s', (text, expected) => expect(escapeInline(text)).toBe(expected));

  test('block markers only at a line start', () => {
    expect(md('<p>1. one</p><p>In 2024. two</p>')).toBe('1\\. one\n\nIn 2024. two');
    expect(md('<p># a</p><p>- b</p><p>+ c</p><p>&gt; d</p><p>---</p>')).toBe('\\# a\n\n\\- b\n\n\\+ c\n\n\\> d\n\n\\---');
  });

  test('line starts after a <br>', () => expect(md('<p>a<br>- b<br>c - d</p>')).toBe('a  \n\\- b  \nc - d'));

  test('text split at character references is escaped whole', () => expect(md('<p>&lt;b&gt; x</p>')).toBe('\\<b> x'));

  test('text at the very start of the input', () => expect(md('1. not a list')).toBe('1\\. not a list'));
});
