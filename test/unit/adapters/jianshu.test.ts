import { expect, test } from 'vitest';
import { jianshu } from '../../../src/core/extract/adapters/jianshu';
import { parsePage } from '../../../src/core/pipeline';

test('jianshu: title, author and date come from the section around the article, images from data-original-src', () => {
  const doc = parsePage(
    '<html><body><header><a href="/u/me">我的主页</a></header><section><h1>标题</h1><div><a href="/u/x"><img src="a.png"></a><span><a href="/u/x">作者</a></span>' +
      '<time>2023.06.11 20:05:31</time></div><article><h1>正文小标题</h1><img data-original-src="//upload-images.jianshu.io/a.png" src="//upload-images.jianshu.io/a.png?imageView2/2/w/1200/format/webp"></article></section></body></html>',
  );
  const { content, facts } = jianshu.extract(doc, new URL('https://www.jianshu.com/p/8c3f1a2b9d7e'));
  expect(content?.querySelector('img')?.getAttribute('src')).toBe('//upload-images.jianshu.io/a.png');
  expect(facts).toMatchObject({ title: '标题', byline: '作者', published: '2023-06-11T20:05:31+08:00', artid: '8c3f1a2b9d7e' });
});
