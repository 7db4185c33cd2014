import { linkedLength, visibleLength } from './region';

/** Share of link text above which a navigation block is a menu, not prose that is marked as navigation. */
const MENU_SHARE = 0.5;

/**
 * Removes the site's navigation the generic extractor kept with the article: `<nav>` and
 * `role="navigation"` blocks made mostly of links (a book's chapter list beside the chapter, a
 * breadcrumb, a pager), which in Markdown are a list of links away from the page, and the page's
 * banner (`<header>`, `role="banner"`) when it is mostly links: the site's name and menu above a
 * short article. A header inside an `<article>` or holding a heading is the article's own (its title,
 * its byline). The main region, thread and grid copies leave navigation out already.
 */
export function removeNavigation(content: Element): void {
  for (const nav of [...content.querySelectorAll('nav, [role="navigation"], header, [role="banner"]')]) {
    // One removed before it may hold it.
    if (!content.contains(nav)) continue;
    if (isBanner(nav) && (nav.closest('article') || nav.querySelector('h1, h2, h3, h4, h5, h6'))) continue;
    if (linkedLength(nav) >= MENU_SHARE * visibleLength(nav)) nav.remove();
  }
}

/** Whether `el` is a header rather than a menu. */
function isBanner(el: Element): boolean {
  return el.localName === 'header' || el.getAttribute('role') === 'banner';
}
