import type { SiteAdapter } from './types';
import { removeAll, text } from './helpers';

// Subscribe forms and their wrappers, share and subscribe buttons, the share dialog, and the
// expand/restack buttons laid over each image.
const FURNITURE = [
  '.subscription-widget-wrap',
  '.subscription-widget-wrap-editor',
  '.subscription-widget',
  '.subscribe-widget',
  '.button-wrapper',
  '.share-dialog',
  '.image-link-expand',
  'form',
].join(', ');

/** Substack links every image to its full-size file; the image alone reads better as Markdown. */
export function unwrapImageLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll('a.image-link')) link.replaceWith(...link.childNodes);
}

/** Substack posts on `*.substack.com/p/<slug>`: the post body, title and subtitle from its header. */
export const substack: SiteAdapter = {
  name: 'substack',
  matches: (url) => url.hostname.endsWith('.substack.com') && url.pathname.startsWith('/p/'),
  extract(doc) {
    const content = doc.querySelector('.available-content .body.markup') ?? doc.querySelector('.body.markup');
    if (!content) return { content: null, facts: {} };
    removeAll(content, FURNITURE);
    unwrapImageLinks(content);
    const authors = [...doc.querySelectorAll('.post-header .profile-hover-card-target a')].map((a) => a.textContent?.trim() ?? '');
    const byline = [...new Set(authors.filter(Boolean))].join(', ');
    return {
      content,
      facts: {
        title: text(doc, 'h1.post-title') ?? undefined,
        description: text(doc, 'h3.subtitle') ?? undefined,
        byline: byline || undefined,
      },
    };
  },
};
