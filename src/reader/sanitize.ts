import createDOMPurify, { type Config } from 'dompurify';

/** Saved images by the address the article uses for them → the address the reader shows them from (an object URL). */
export type ImageSources = ReadonlyMap<string, string>;

// DOMPurify's HTML profile already drops script, event handlers, javascript: links, iframes and
// objects. What is left that could run, submit or load something is dropped here too: the reader
// shows text, links and images, and fetches nothing but the images the user left remote.
const CONFIG = {
  USE_PROFILES: { html: true, mathMl: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'track', 'picture', 'template'],
  // style may carry url(); srcset, background and poster fetch addresses the reader does not check.
  FORBID_ATTR: ['style', 'srcset', 'sizes', 'background', 'poster', 'ping', 'action', 'formaction'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

const WEB = /^https?:\/\//i;

/**
 * The article's HTML made safe to show in an extension page, as nodes of `win`'s document.
 * Images kept with the article are shown from `sources`; the others stay at their web address.
 */
export function sanitizeArticle(win: Window, html: string, sources: ImageSources): DocumentFragment {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('This browser cannot sanitise the article safely.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') showImage(node as Element, sources);
    else if (node.nodeName === 'A') keepLink(node as Element);
  });
  return purify.sanitize(html, CONFIG);
}

/** An image from the library when it was kept, else from the web (never the extension's own files). */
function showImage(img: Element, sources: ImageSources): void {
  const src = img.getAttribute('src') ?? '';
  const kept = sources.get(src);
  if (kept) img.setAttribute('src', kept);
  else if (WEB.test(src)) img.setAttribute('referrerpolicy', 'no-referrer');
  else if (!/^data:image\//i.test(src)) img.removeAttribute('src');
  img.setAttribute('loading', 'lazy');
}

/** Web links open in a new tab without handing the reader to the site; others are plain text. */
function keepLink(a: Element): void {
  const href = a.getAttribute('href') ?? '';
  if (WEB.test(href) || /^mailto:/i.test(href)) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  } else if (!href.startsWith('#')) {
    a.removeAttribute('href');
  }
}
