import { expect, test } from 'vitest';
import { cnblogs } from '../../../src/core/extract/adapters/cnblogs';
import { parsePage } from '../../../src/core/pipeline';

test('cnblogs: the post id comes from the page script even when the address is a slug', () => {
  const doc = parsePage(
    '<html><body><h1 class="postTitle"><a id="cb_post_title_url"><span>标题</span></a></h1>' +
      '<div id="cnblogs_post_body"><div class="cnblogs_code"><div class="cnblogs_code_toolbar"><a>复制代码</a></div><pre>x</pre></div></div>' +
      '<div class="postDesc">posted @ <span id="post-date">2023-06-12 09:47</span>&nbsp;<a href="https://www.cnblogs.com/u">作者</a>&nbsp;阅读(<span>1</span>)</div>' +
      '<script>var cb_entryId = 17470233, cb_postType = 1;</script></body></html>',
  );
  const { content, facts } = cnblogs.extract(doc, new URL('https://www.cnblogs.com/u/p/using-declarations'));
  expect(content?.textContent).toBe('x');
  expect(facts).toMatchObject({ title: '标题', byline: '作者', published: '2023-06-12T09:47:00+08:00', artid: '17470233', tags: [], categories: [] });
});
