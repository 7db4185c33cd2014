import type { SiteAdapter } from './types';
import { chinaTime, chinaTimeAt, removeAll, text, texts } from './helpers';

/**
 * The publish time WeChat's page script states: `var ct = "1700000000"` (epoch seconds) or
 * `createTime = '2023-06-12 09:41'` (Beijing time); else the `#publish_time` text scripts fill in.
 */
export function wechatPublished(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    const seconds = source.match(/\bct\s*=\s*["'](\d{9,11})["']/)?.[1];
    if (seconds) return chinaTimeAt(Number(seconds) * 1000);
    const stamp = source.match(/\bcreateTime\s*=\s*["']([^"']+)["']/)?.[1];
    const parsed = stamp ? chinaTime(stamp) : null;
    if (parsed) return parsed;
  }
  const shown = text(doc, '#publish_time');
  return shown ? chinaTime(shown) : null;
}

/**
 * WeChat's code snippets hold one `<code>` per line inside the `<pre>`, beside a `<ul>` line-number
 * gutter: join the lines into one `<code>` so the block keeps its line breaks.
 */
export function joinCodeSnippets(root: ParentNode, doc: Document): void {
  removeAll(root, '.code-snippet__line-index');
  for (const pre of root.querySelectorAll('pre')) {
    const lines = [...pre.children].filter((child) => child.tagName === 'CODE');
    if (lines.length < 2) continue;
    const code = doc.createElement('code');
    code.textContent = lines.map((line) => line.textContent ?? '').join('\n');
    pre.replaceChildren(code);
  }
}

/** Removes the `<p><br></p>` / `<section><br></section>` spacers WeChat's editor puts between paragraphs. */
function removeSpacers(root: ParentNode): void {
  for (const block of root.querySelectorAll('p, section')) {
    const spacer = [...block.childNodes].every((node) => (node.nodeType === 1 ? (node as Element).tagName === 'BR' : !node.textContent?.trim()));
    if (spacer && block.firstChild) block.remove();
  }
}

/** WeChat official-account articles (mp.weixin.qq.com/s…). */
export const wechat: SiteAdapter = {
  name: 'wechat',
  matches: (url) => url.hostname === 'mp.weixin.qq.com' && /^\/s\b/.test(url.pathname),
  extract(doc, url) {
    // `#js_content` is styled `visibility: hidden` until the page's scripts run; it is the article all the same.
    const content = doc.querySelector('#js_content');
    if (content) {
      joinCodeSnippets(content, doc);
      removeSpacers(content);
    }
    const account = text(doc, '#js_name');
    return {
      content,
      facts: {
        title: text(doc, '#activity-name') ?? undefined,
        // The author line is optional; the account speaks for the article when there is none.
        byline: text(doc, '#js_author_name, #meta_content span.rich_media_meta_text') ?? account ?? undefined,
        published: wechatPublished(doc) ?? undefined,
        siteName: account ?? '微信公众平台',
        // Hashtags and collections ("合集") shown under the title, written "#name".
        tags: texts(doc, '#js_tags .article-tag__item').map((tag) => tag.replace(/^#/, '')),
        artid: url.pathname.match(/^\/s\/([\w-]+)/)?.[1] ?? url.searchParams.get('sn') ?? undefined,
      },
    };
  },
};
