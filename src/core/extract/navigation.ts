import { linkedLength, visibleLength } from './region';

/** Share of link text above which a navigation block is a menu, not prose that is marked as navigation. */
const MENU_SHARE = 0.5;

/**
 * Removes the site's navigation the generic extractor kept with the article: `<nav>` and
 * `role="navigation"` blocks made mostly of links (a book's chapter list beside the chapter, a
 * breadcrumb, a pager), which in Markdown are a list of links away from the page. The main region,
 * thread and grid copies leave navigation out already.
 */
export function removeNavigation(content: Element): void {
  for (const nav of [...content.querySelectorAll('nav, [role="navigation"]')]) {
    // One removed before it may hold it.
    if (!content.contains(nav)) continue;
    if (linkedLength(nav) >= MENU_SHARE * visibleLength(nav)) nav.remove();
  }
}
