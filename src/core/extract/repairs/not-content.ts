import { isUnshown } from './unshown';

/**
 * The class Google's search and ad crawlers read as "not this page's content" (`nocontent`), which
 * Google's documentation sites put on their feedback buttons and licence footers, and WordPress
 * themes on share bars and "related posts" boxes: the page's own word that the block is furniture.
 */
export const NOT_CONTENT = /(?:^|\s)nocontent(?=\s|$)/i;

/** Whether `el`, with class names `names`, is marked as not the page's content, or hidden from a sighted reader. */
export function isNotContent(el: Element, names: string): boolean {
  return NOT_CONTENT.test(names) || isUnshown(el, names);
}

/**
 * Removes what the page marks as not its content (`NOT_CONTENT`) or hides from a sighted reader
 * (unshown.ts) before the article is looked for, except a block holding the `<h1>`: a page that
 * marks its whole body so has mislabelled it, or shows it by script once it has loaded.
 */
export function removeNotContent(elements: readonly Element[]): void {
  for (const el of elements) {
    // One removed before it may hold it.
    if (el.isConnected && !el.querySelector('h1')) el.remove();
  }
}
