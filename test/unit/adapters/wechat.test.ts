import { describe, expect, test } from 'vitest';
import { joinCodeSnippets, wechat, wechatPublished } from '../../../src/core/extract/adapters/wechat';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<html><body>${body}</body></html>`);

describe('wechat publish time', () => {
  test('reads epoch seconds from `var ct` as Beijing time', () => {
    expect(wechatPublished(page('<script>var nickname = "x";\nvar ct = "1700000000";</script>'))).toBe('2023-11-15T06:13:20+08:00');
  });

  test('reads a `createTime` stamp as Beijing time', () => {
    expect(wechatPublished(page(`<script>window.a = 1; createTime = '2023-06-12 09:41';</script>`))).toBe('2023-06-12T09:41:00+08:00');
  });

  test('falls back to the #publish_time text and ignores look-alike variables', () => {
    const doc = page('<script>var oct = "1700000000"; var act = "1";</script><em id="publish_time">2023年6月12日 09:41</em>');
    expect(wechatPublished(doc)).toBe('2023-06-12T09:41:00+08:00');
  });

  test('is null when the page states no time', () => {
    expect(wechatPublished(page('<script>var a = 1;</script>'))).toBeNull();
  });
});

describe('wechat code snippets', () => {
  test('joins one-code-per-line snippets and drops the line-number gutter', () => {
    const doc = page(
      '<section class="code-snippet__fix"><ul class="code-snippet__line-index"><li></li><li></li><li></li></ul>' +
        '<pre data-lang="go"><code><span>a := 1</span></code><code><span><br></span></code><code><span>b := 2</span></code></pre></section>',
    );
    joinCodeSnippets(doc.body, doc);
    expect(doc.querySelector('.code-snippet__line-index')).toBeNull();
    expect(doc.querySelectorAll('pre code')).toHaveLength(1);
    expect(doc.querySelector('pre')!.textContent).toBe('a := 1\n\nb := 2');
  });
});

describe('wechat adapter', () => {
  test('takes the hidden #js_content and the account as site and byline when no author is named', () => {
    const doc = page(
      '<h1 id="activity-name"> 标题 </h1><div id="meta_content"><a id="js_name">某公众号</a></div>' +
        '<div id="js_content" style="visibility: hidden;"><p>正文</p><p><br></p></div>',
    );
    const { content, facts } = wechat.extract(doc, new URL('https://mp.weixin.qq.com/s?__biz=X&mid=1&idx=1&sn=abc123'));
    expect(content?.innerHTML).toBe('<p>正文</p>');
    expect(facts).toMatchObject({ title: '标题', byline: '某公众号', siteName: '某公众号', artid: 'abc123' });
  });
});
