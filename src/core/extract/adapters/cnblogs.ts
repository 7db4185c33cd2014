import type { SiteAdapter } from './types';
import { chinaTime, removeAll, text, texts } from './helpers';

const POST = /^\/[\w-]+\/(?:p|articles|archive)\/.+/;

/** cnblogs (www.cnblogs.com/<user>/p/<id>.html): one article body for every skin, `#cnblogs_post_body`. */
export const cnblogs: SiteAdapter = {
  name: 'cnblogs',
  matches: (url) => url.hostname === 'www.cnblogs.com' && POST.test(url.pathname),
  extract(doc, url) {
    const content = doc.querySelector('#cnblogs_post_body');
    if (content) {
      // The old editor's code toolbars ("复制代码" copy links) and the fold/unfold arrows of collapsed code.
      removeAll(content, '.cnblogs_code_toolbar, .cnblogs_code_copy, .code_img_closed, .code_img_opened, .cnblogs_code_collapse');
    }
    const stamp = text(doc, '#post-date');
    // The page script names the post's numeric id even when the address uses a custom slug.
    const entryId = [...doc.querySelectorAll('script:not([src])')]
      .map((script) => script.textContent?.match(/\bcb_entryId\s*=\s*(\d+)/)?.[1])
      .find(Boolean);
    return {
      content,
      facts: {
        title: text(doc, '#cb_post_title_url, .postTitle') ?? undefined,
        // The post footer reads "posted @ <date> <author>".
        byline: text(doc, '#post-date ~ a') ?? undefined,
        published: (stamp ? chinaTime(stamp) : null) ?? undefined,
        siteName: '博客园',
        tags: texts(doc, '#EntryTag a'),
        categories: texts(doc, '#BlogPostCategory a'),
        artid: entryId ?? url.pathname.match(/\/p\/(\d+)\.html/)?.[1],
      },
    };
  },
};
