import { plainText } from './plain-text';
import { copyWithout, linkedLength, visibleLength } from './region';
import type { PageParts } from './page-parts';

// What a page's main region still carries that is not its content: menus, side panels, forms, page chrome.
export const FURNITURE = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'dialog', 'select', 'iframe',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="dialog"]',
].join(', ');

/**
 * A copy of the region the page itself declares as its main content (`<main>`, `role="main"`), menus
 * and side panels removed; null when the page declares none. Taken before the generic extractor runs,
 * which changes the page: on product, listing and service pages it keeps one block of a region made of
 * many short ones, and this copy is what the reader came for instead.
 */
export function mainContainer(doc: Document, parts: PageParts, furniture = FURNITURE): Element | null {
  const declared = parts.mains.filter((el) => el.isConnected);
  // The outermost one: a <main> inside a role="main" wrapper is part of it.
  const main = declared.find((el) => !declared.some((other) => other !== el && other.contains(el)));
  if (!main || main === doc.body || main === doc.documentElement) return null;
  return copyWithout(main, furniture);
}

// JSON-LD types of a page that calls itself an article (NewsArticle, TechArticle, BlogPosting...).
const ARTICLE_LD = /"@type"\s*:\s*(\[[^\]]*)?"(\w*Article|BlogPosting|LiveBlogPosting)"/;

/**
 * True when the page says it is an article (Open Graph `article`, JSON-LD Article types): there the
 * generic extractor's choice stands, and a main region holding more text holds comments and related stories.
 */
export function declaresArticle(parts: PageParts): boolean {
  if (/^article\b/i.test(openGraphType(parts))) return true;
  return parts.jsonLd.some((script) => ARTICLE_LD.test(script.textContent ?? ''));
}

/** The page's Open Graph type (`og:type`: article, product, website…), or '' when it declares none. */
export function openGraphType({ metas }: PageParts): string {
  return metas.find((meta) => meta.getAttribute('property') === 'og:type')?.getAttribute('content') ?? '';
}

// On an article page the main region also holds the comment thread, which is not the article.
const ARTICLE_FURNITURE = `${FURNITURE}, #comments, .comments, #disqus_thread, .comment-list, #respond`;

/** The main region to fall back on (see mainHoldsMore), and whether the page declares an article. */
export interface MainFallback {
  main: Element;
  article: boolean;
}

export function mainFallback(doc: Document, parts: PageParts, article: boolean): MainFallback | null {
  const main = mainContainer(doc, parts, article ? ARTICLE_FURNITURE : FURNITURE);
  return main && { main, article };
}

// Link text under this share of a region's text: prose, not a region of teasers and cards.
const PROSE_LINKS = 0.15;

/**
 * Whether the main region stands instead of what the generic extractor kept: it holds twice as much
 * text on most pages, three times on a page that declares itself an article, where that extractor is
 * usually right and a bigger region usually holds related stories and cards. Twice will do there too
 * when the region is prose: one article laid out in several blocks (a page builder's panels, a
 * buyer's guide in sections), of which the extractor kept one.
 */
export function mainHoldsMore({ main, article }: MainFallback, kept: string): boolean {
  const length = plainText(main).length;
  if (length > (article ? 3 : 2) * kept.length) return true;
  return article && length > 2 * kept.length && linkedLength(main) < PROSE_LINKS * visibleLength(main);
}
