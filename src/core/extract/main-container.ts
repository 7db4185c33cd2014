import { copyWithout } from './region';
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

/**
 * The main region to fall back on, and how much more text it must hold than the generic extractor kept:
 * twice as much on most pages, three times on a page that declares itself an article, where that
 * extractor is usually right and a bigger region usually holds related stories.
 */
export function mainFallback(doc: Document, parts: PageParts, article: boolean): { main: Element; factor: number } | null {
  const main = mainContainer(doc, parts, article ? ARTICLE_FURNITURE : FURNITURE);
  return main && { main, factor: article ? 3 : 2 };
}
