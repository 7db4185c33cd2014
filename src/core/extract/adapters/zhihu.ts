import type { SiteAdapter } from './types';
import { chinaTime, toChinaTime, removeAll, text, texts, unwrapRedirects } from './helpers';

const POST = /^\/p\/(\d+)/;
const ANSWER = /^\/question\/\d+\/answer\/(\d+)/;

/**
 * Replaces Zhihu's rendered formulas (`.ztext-math[data-tex]`, or the older equation images whose
 * `alt` is the TeX) with `<span class="math-inline">` / `<div class="math-display">` holding the
 * TeX as text, so conversion can write `$…$` / `$$…$$` instead of an SVG or an image.
 */
export function keepZhihuMath(root: ParentNode, doc: Document): void {
  for (const el of root.querySelectorAll('.ztext-math[data-tex], img[eeimg][alt]')) {
    const tex = (el.getAttribute('data-tex') ?? el.getAttribute('alt') ?? '').trim();
    // Zhihu's editor ends a display formula with `\\`; MathJax's script tag says so too.
    const display = /\\\\$/.test(tex) || el.querySelector('script[type*="mode=display"]') !== null;
    const math = doc.createElement(display ? 'div' : 'span');
    math.setAttribute('class', display ? 'math-display' : 'math-inline');
    math.textContent = display ? tex.replace(/\\\\$/, '').trim() : tex;
    el.replaceWith(math);
  }
}

/** Gives each lazy image its full-size address and drops the `<noscript>` copy beside it. */
function restoreZhihuImages(root: ParentNode): void {
  for (const img of root.querySelectorAll('img[data-original], img[data-actualsrc]')) {
    // `data-original` is the original upload; `data-actualsrc` a resized copy.
    img.setAttribute('src', img.getAttribute('data-original') ?? img.getAttribute('data-actualsrc')!);
    // Zhihu puts the noscript copy before the image, where the generic repair does not look.
    for (const sibling of [...(img.parentElement?.children ?? [])]) if (sibling.tagName === 'NOSCRIPT') sibling.remove();
  }
}

/** Zhihu column posts (zhuanlan.zhihu.com/p/<id>) and single answers (/question/<q>/answer/<a>). */
export const zhihu: SiteAdapter = {
  name: 'zhihu',
  matches: (url) =>
    (url.hostname === 'zhuanlan.zhihu.com' && POST.test(url.pathname)) ||
    ((url.hostname === 'www.zhihu.com' || url.hostname === 'zhihu.com') && ANSWER.test(url.pathname)),
  extract(doc, url) {
    const answerId = url.pathname.match(ANSWER)?.[1];
    // An answer page also lists other answers below the one asked for.
    const item = answerId
      ? doc.querySelector(`.AnswerItem[name="${answerId}"]`) ?? doc.querySelector('.QuestionAnswer-content .AnswerItem')
      : doc.querySelector('.Post-Main') ?? doc.body;
    const content = item?.querySelector(answerId ? '.RichText' : '.Post-RichText, .Post-RichTextContainer .RichText') ?? null;
    if (content) {
      keepZhihuMath(content, doc);
      restoreZhihuImages(content);
      // Paid product cards an author's agency (MCN) inserts into the text.
      removeAll(content, '.RichText-MCNLinkCardContainer');
      unwrapRedirects(content, 'link.zhihu.com', 'target');
    }
    const created = item?.querySelector('meta[itemprop="dateCreated"], meta[itemprop="datePublished"]')?.getAttribute('content');
    // "发布于 2023-06-12 09:41・IP 属地…", or "编辑于 …" once edited: the nearest the page shows.
    const shown = item ? text(item, '.ContentItem-time') : null;
    return {
      content,
      facts: {
        title: text(doc, answerId ? 'h1.QuestionHeader-title' : 'h1.Post-Title') ?? undefined,
        byline: item?.querySelector('.AuthorInfo meta[itemprop="name"]')?.getAttribute('content') ?? (item ? text(item, '.AuthorInfo-name') : null) ?? undefined,
        published: (created ? toChinaTime(created) : null) ?? (shown ? chinaTime(shown) : null) ?? undefined,
        siteName: '知乎',
        tags: texts(doc, answerId ? '.QuestionHeader-topics .Tag-content' : '.Post-Topics .Tag-content'),
        artid: answerId ?? url.pathname.match(POST)?.[1],
      },
    };
  },
};
