import type { SiteAdapter } from './types';
import { splitList } from '../metadata';
import { chinaTime, text, removeAll } from './helpers';

/** CSDN blogs: the article is `#content_views`; tags and columns sit in `.tags-box`. */
export const csdn: SiteAdapter = {
  name: 'csdn',
  matches: (url) => url.hostname === 'blog.csdn.net' || url.hostname.endsWith('.blog.csdn.net'),
  extract(doc, url) {
    const content = doc.querySelector('#content_views');
    if (content) {
      // Line-number gutters, the "登录后复制" (log in to copy) button and folded-article boxes.
      removeAll(content, 'ul.pre-numbering, .hljs-button, [data-title="登录后复制"], .hide-article-box, .passport-login-container');
    }
    const links = [...doc.querySelectorAll('.tags-box a.tag-link')];
    // Columns ("分类专栏") link to a category page; the rest are article tags.
    const isColumn = (a: Element) => /\/category_\d+/.test(a.getAttribute('href') ?? '');
    const names = (list: Element[]) => [...new Set(list.map((a) => a.textContent?.trim() ?? '').filter(Boolean))];
    const stamp = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? text(doc, '.article-bar-top .time, .bar-content .time, span.time');
    return {
      content,
      facts: {
        title: text(doc, 'h1#articleContentId') ?? undefined,
        byline: text(doc, '.follow-nickName, #uid .name, .profile-intro-name-boxTop a') ?? undefined,
        published: stamp ? chinaTime(stamp) ?? undefined : undefined,
        siteName: 'CSDN',
        tags: names(links.filter((a) => !isColumn(a))),
        categories: names(links.filter(isColumn)),
        keywords: splitList(doc.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? null),
        artid: url.pathname.match(/\/article\/details\/(\d+)/)?.[1],
      },
    };
  },
};
