import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('CJK text', () => {
  test('a source line break between CJK characters adds no space', () => expect(md('<p>第一行\n第二行 and\nEnglish</p>')).toBe('第一行第二行 and English'));

  test('code keeps its line breaks', () => expect(md('<pre><code>中\n文</code></pre>')).toBe('```\n中\n文\n```'));
});
