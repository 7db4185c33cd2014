import type { SiteAdapter } from './types';
import { removeAll, text } from './helpers';
import { absoluteUrl } from '../urls';

/**
 * dev.to highlights with Rouge, which names the language as a bare class beside `highlight`
 * (`pre.highlight.javascript`); the generic repair only reads `language-*`, so say it that way.
 */
export function markRougeLanguages(root: ParentNode): void {
  for (const pre of root.querySelectorAll('pre.highlight')) {
    const lang = [...pre.classList].find((c) => c !== 'highlight');
    if (lang) pre.classList.add(`language-${lang}`);
  }
}

/** DEV Community (Forem) articles: `#article-body`; tags, date and cover image from the header. */
export const devto: SiteAdapter = {
  name: 'devto',
  matches: (url) => url.hostname === 'dev.to' && /^\/[^/]+\/[^/]+\/?$/.test(url.pathname),
  extract(doc, url) {
    const content = doc.querySelector('#article-body');
    if (!content) return { content: null, facts: {} };
    // The fullscreen/copy panel under each code block, and the empty permalink anchor in headings.
    removeAll(content, '.highlight__panel, h1 > a[name], h2 > a[name], h3 > a[name], h4 > a[name], h5 > a[name], h6 > a[name]');
    markRougeLanguages(content);
    // Each image links to its own file; the image alone reads better as Markdown.
    for (const link of content.querySelectorAll('a.article-body-image-wrapper')) link.replaceWith(...link.childNodes);
    const header = doc.querySelector('#main-title, .crayons-article__header') ?? doc;
    const tags = [...header.querySelectorAll('.crayons-tag')].map((a) => a.textContent?.replace(/^\s*#/, '').trim() ?? '');
    const cover = header.querySelector('.crayons-article__cover img')?.getAttribute('src');
    return {
      content,
      facts: {
        title: text(header, 'h1') ?? undefined,
        byline: text(header, '.crayons-article__header__meta a.crayons-link') ?? undefined,
        published: header.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
        siteName: 'DEV Community',
        tags: [...new Set(tags.filter(Boolean))],
        artid: content.getAttribute('data-article-id') ?? undefined,
        leadImage: cover ? absoluteUrl(cover, url.href) : undefined,
      },
    };
  },
};
