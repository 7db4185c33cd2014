import { describe, expect, test } from 'vitest';
import { bestSrcsetCandidate } from '../../../src/core/convert/rules/images';
import { md } from './helpers';

describe('images', () => {
  test.each([
    ['a.png 1x, b.png 2x', 'b.png'],
    ['s.jpg 320w,l.jpg 1280w, m.jpg 640w', 'l.jpg'],
    ['https://c.example/w_1,h_2/a.png 100w, https://c.example/w_3,h_4/a.png 300w', 'https://c.example/w_3,h_4/a.png'],
    ['only.png', 'only.png'],
  ])('srcset %s', (srcset, best) => expect(bestSrcsetCandidate(srcset)).toBe(best));

  test('alt, title and the best source', () => {
    expect(md('<img src="s.png" srcset="s.png 1x, l.png 2x" alt="a [b]" title="say &quot;hi&quot;">')).toBe('![a \\[b\\]](l.png "say \\"hi\\"")');
  });

  test('a <picture> source when the img has none', () => expect(md('<picture><source srcset="p.webp"><img alt="p"></picture>')).toBe('![p](p.webp)'));

  test('data URIs, tracking pixels and CSDN’s default alt', () => {
    expect(md('<img src="data:image/png;base64,AA=="><img src="t.gif" width="1" height="1">')).toBe('');
    expect(md('<img src="x.png" alt="在这里插入图片描述">')).toBe('![](x.png)');
  });

  test('inside a link, and a figure caption below', () => {
    expect(md('<a href="big.png"><img src="small.png" alt="s"></a>')).toBe('[![s](small.png)](big.png)');
    expect(md('<figure><img src="f.png" alt="f"><figcaption>Cap</figcaption></figure>')).toBe('![f](f.png)\n\nCap');
  });
});
