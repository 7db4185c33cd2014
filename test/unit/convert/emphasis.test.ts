import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('emphasis', () => {
  test('delimiters next to CJK text, with no spaces added', () => expect(md('<p>这是<strong>加粗</strong>和<em>强调</em>。</p>')).toBe('这是**加粗**和*强调*。'));

  test('HTML where delimiters could not close (punctuation inside, a letter outside)', () => {
    expect(md('<p>他说<strong>“不”</strong>然后</p>')).toBe('他说<strong>“不”</strong>然后');
  });

  test('punctuation inside with spaces outside still uses delimiters', () => expect(md('<p>a <em>(b)</em> c</p>')).toBe('a *(b)* c'));
  test('bold that is a whole heading is dropped; bold inside a heading stays', () => {
    expect(md('<h2><strong>一、现场</strong></h2>')).toBe('## 一、现场');
    expect(md('<h2>Step <strong>one</strong></h2>')).toBe('## Step **one**');
  });
});
