import { visibleLength } from '../region';

// The declaration a page hides itself with until its scripts have run (Next.js and other apps,
// against a flash of unstyled content). `opacity: 0` is used too, but no extractor drops for it.
const HIDING = /^\s*visibility\s*:\s*hidden\s*(?:!important)?\s*$/i;

const declarations = (el: Element) => (el.getAttribute('style') ?? '').split(';');

/**
 * Shows again what a page hid only while it loads. In a live tab the page's scripts have already
 * revealed it; a page fetched without a tab ("Save link", the CLI) is read before any script runs,
 * and the generic extractor, rightly dropping hidden elements, found nothing. An element counts as
 * such a cover when it holds at least half of the body's text: real hidden parts (menus, dialogs,
 * tabs) are a small share of it. `styled` are the body and the elements in it whose style mentions
 * visibility (`PageParts.visibilityStyled`): pages put a style on thousands of elements.
 */
export function revealLoadingCover(doc: Document, styled: readonly Element[]): void {
  const body = doc.body;
  if (!body) return;
  const covers = styled.filter((el) => declarations(el).some((d) => HIDING.test(d)));
  if (covers.length === 0) return;
  const lengths = covers.map((cover) => visibleLength(cover));
  // The body's text is read only as far as it takes to outweigh the largest cover twice.
  const total = visibleLength(body, 2 * Math.max(...lengths) + 1);
  covers.forEach((cover, i) => {
    if (total > 0 && lengths[i] * 2 >= total) cover.setAttribute('style', declarations(cover).filter((d) => !HIDING.test(d)).join(';'));
  });
}
