import type { SiteAdapter } from './types';
import { chinaTime, removeAll, text, unwrapRedirects } from './helpers';

const NOTE = /^\/p\/(\w+)/;

/**
 * Jianshu notes (www.jianshu.com/p/<id>). Class names are hashed per build, so the article is found
 * by structure: the note's `<article>`, and the `<h1>` and author line in the section around it.
 */
export const jianshu: SiteAdapter = {
  name: 'jianshu',
  matches: (url) => url.hostname === 'www.jianshu.com' && NOTE.test(url.pathname),
  extract(doc, url) {
    const content = doc.querySelector('article');
    if (content) {
      // The original upload, not the resized webp `src` the viewer shows.
      for (const img of content.querySelectorAll('img[data-original-src]')) img.setAttribute('src', img.getAttribute('data-original-src')!);
      // Empty boxes that only reserve the image's height while it loads.
      removeAll(content, '.image-container-fill');
      unwrapRedirects(content, 'links.jianshu.com', 'to');
    }
    const heading = [...doc.querySelectorAll('h1')].find((h1) => !h1.closest('article'));
    const header = heading?.parentElement;
    // The first author link is the avatar (no text); the name follows.
    const author = header ? [...header.querySelectorAll('a[href^="/u/"]')].map((a) => a.textContent?.trim()).find(Boolean) : undefined;
    const stamp = header ? text(header, 'time') : null;
    return {
      content,
      facts: {
        title: heading?.textContent?.trim() || undefined,
        byline: author,
        published: (stamp ? chinaTime(stamp) : null) ?? undefined,
        siteName: '简书',
        artid: url.pathname.match(NOTE)?.[1],
      },
    };
  },
};
