import { visibleLength } from '../region';

/**
 * What a page's own class names and ids call the things it lays over or beside its content to ask
 * something of the reader: a cookie-consent banner, a newsletter sign-up, a cart drawer, a modal, a
 * pop-up, a promotion bar. A whole part of a name (`cart-drawer`, `newsletter_form`, `Modal`), not
 * part of a word (`cartography`, `modality`). Tested on each element with attributes in the page walk.
 */
export const PROMPT_NAME =
  /(?:^|[\s_-])(?:newsletter|subscribe|signup|cart|minicart|cookie|consent|gdpr|modal|dialog|popup|toast|flyout|paywall|promo|announcement)s?(?=[\s_-]|$)/i;

/**
 * Above this share of the page's text, a part so named is the page's content after all: the issue of
 * a newsletter, the product details a shop shows in a modal.
 */
const CONTENT_SHARE = 0.25;

/**
 * Removes the page's prompts (elements whose class or id matches `PROMPT_NAME`) before the generic
 * extractor runs: on a page of short blocks it would otherwise take a cart drawer or a sign-up box
 * for the article, and on an article it keeps a sign-up box found between paragraphs. Sections and
 * articles so named are the page's own (a guide's section on cookies), as is the block with the title.
 */
export function removePagePrompts(doc: Document, prompts: readonly Element[]): void {
  const body = doc.body;
  const candidates = prompts.filter((el) => el.localName !== 'section' && el.localName !== 'article');
  if (!body || !candidates.length) return;
  // Each prompt's text, then the page's only as far as the comparison needs: a page is read whole
  // on every save otherwise, where its prompts are usually a few lines.
  const lengths = new Map(candidates.map((el) => [el, visibleLength(el)]));
  // A loop, not a spread: a page may name thousands of elements so.
  let longest = 0;
  for (const length of lengths.values()) longest = Math.max(longest, length);
  const page = visibleLength(body, longest / CONTENT_SHARE + 1);
  for (const el of candidates) {
    // One removed before it may hold it.
    if (!el.isConnected || el.querySelector('h1')) continue;
    if (lengths.get(el)! <= CONTENT_SHARE * page) el.remove();
  }
}
