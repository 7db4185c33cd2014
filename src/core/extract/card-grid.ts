import { copyWithout, visibleLength } from './region';
import { FURNITURE } from './main-container';

/** Fewest like items that make a grid of cards (products, jobs, posts) rather than a few blocks. */
const MIN_CARDS = 6;
// Where repeated links are the site's own menus, not content.
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';

// Grids of like cards that are not what the reader saves: a comment thread under an article, a
// sidebar's widgets (about the author, popular posts), named so by the page's own ids and classes.
// Matched as a whole word of an id or class name (`comment-list`, `sidebar_left`), not inside one (`responsive`).
const ASIDE = /(^|[\s_-])(comments?|commentlist|replies|respond|sidebar)([\s_-]|$)/i;

/** Whether `el` sits in such a part; `<body>`'s own classes say what the page has (`sidebar-enabled`), not where. */
function aside(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (ASIDE.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** An item's kind: its tag and first class, so the cards of one grid match and a grid's odd item does not count. */
const kind = (el: Element) => `${el.tagName}.${el.classList[0] ?? ''}`;

/** A card carries a link and more than its link: a price, a company, an excerpt or an image. */
function isCard(item: Element): boolean {
  const link = item.querySelector('a[href]');
  if (!link) return false;
  if (item.querySelector('img, picture')) return true;
  return visibleLength(item) > visibleLength(link) + 10;
}

/**
 * A copy of the page's largest grid of like cards, furniture removed; null when it has none. A shop's
 * collection, a job board or a list of posts is such a grid, and the generic extractor keeps one
 * block of it (a promotion, a filter's label): on pages without a declared main region this is what
 * the reader came for.
 */
export function cardGrid(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const container of doc.body?.querySelectorAll('ul, ol, div, section, tbody') ?? []) {
    const items = container.children;
    if (items.length < MIN_CARDS) continue;
    const counts = new Map<string, number>();
    for (const item of items) counts.set(kind(item), (counts.get(kind(item)) ?? 0) + 1);
    const [common, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (count < MIN_CARDS || count * 2 < items.length) continue;
    if (container.closest(CHROME) || aside(container)) continue;
    const cards = [...items].filter((item) => kind(item) === common);
    if (cards.filter(isCard).length * 2 < cards.length) continue;
    const length = visibleLength(container);
    if (length > bestLength) [best, bestLength] = [container, length];
  }
  return best && copyWithout(best, FURNITURE);
}
