import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('definition lists', () => {
  test('terms and definitions', () => {
    expect(md('<dl><dt>A</dt><dd>one</dd><dt>B</dt><dt>C</dt><dd>two</dd><dd>three</dd></dl>')).toBe('A\n: one\n\nB\nC\n: two\n: three');
  });

  test('MediaWiki indentation (dd without dt) is plain text', () => expect(md('<dl><dd>indented</dd></dl>')).toBe('indented'));
});
