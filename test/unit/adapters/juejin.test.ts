import { expect, test } from 'vitest';
import { juejin } from '../../../src/core/extract/adapters/juejin';
import { parsePage } from '../../../src/core/pipeline';

test('juejin: labelled lists give categories and tags; code block headers are dropped', () => {
  const doc = parsePage(
    '<html><body><article class="article"><meta itemprop="datePublished" content="2023-06-15T03:12:40.000Z">' +
      '<div itemprop="author"><meta itemprop="name" content="作者"></div><h1 class="article-title">标题</h1>' +
      '<div class="article-content"><div class="markdown-body"><style>p{}</style><pre><code lang="go">x</code><div class="code-block-extension-header">go 复制代码</div></pre></div></div>' +
      '<div class="article-end"><div class="tag-list"><div class="tag-list-title">分类：</div><a href="/backend">后端</a></div>' +
      '<div class="tag-list"><div class="tag-list-title">标签：</div><a href="/tag/Go">Go</a><a href="/tag/gRPC">gRPC</a></div></div></article></body></html>',
  );
  const { content, facts } = juejin.extract(doc, new URL('https://juejin.cn/post/7244452419458826301'));
  expect(content?.innerHTML).toBe('<pre><code lang="go">x</code></pre>');
  expect(facts).toMatchObject({ title: '标题', byline: '作者', published: '2023-06-15T11:12:40+08:00', categories: ['后端'], tags: ['Go', 'gRPC'], artid: '7244452419458826301' });
});
