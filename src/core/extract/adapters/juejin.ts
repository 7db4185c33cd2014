import type { SiteAdapter } from './types';
import { toChinaTime, removeAll, text, texts, unwrapRedirects } from './helpers';

const POST = /^\/post\/(\d+)/;

/** Juejin posts (juejin.cn/post/<id>): the Markdown render in `.article-content`, labelled lists of categories and tags below it. */
export const juejin: SiteAdapter = {
  name: 'juejin',
  matches: (url) => url.hostname === 'juejin.cn' && POST.test(url.pathname),
  extract(doc, url) {
    const content = doc.querySelector('.article-content .markdown-body') ?? doc.querySelector('.article-content, .markdown-body');
    if (content) {
      // The code block header (language label, copy and fold buttons) and the theme's <style>.
      removeAll(content, '[class*="code-block-extension"], style');
      unwrapRedirects(content, 'link.juejin.cn', 'target');
    }
    const tags: string[] = [];
    const categories: string[] = [];
    // Each list says what it holds in its title: "分类：" (category) or "标签：" (tags).
    for (const list of doc.querySelectorAll('.article-end .tag-list')) {
      const names = texts(list, 'a');
      (/分类/.test(text(list, '.tag-list-title') ?? '') ? categories : tags).push(...names);
    }
    const article = doc.querySelector('article.article') ?? doc;
    const stamp = article.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content') ?? article.querySelector('time[datetime]')?.getAttribute('datetime');
    return {
      content,
      facts: {
        title: text(doc, 'h1.article-title') ?? undefined,
        byline: article.querySelector('[itemprop="author"] meta[itemprop="name"]')?.getAttribute('content') ?? text(doc, '.author-info-block .author-name') ?? undefined,
        published: (stamp ? toChinaTime(stamp) : null) ?? undefined,
        siteName: '稀土掘金',
        tags,
        categories,
        artid: url.pathname.match(POST)?.[1],
      },
    };
  },
};
