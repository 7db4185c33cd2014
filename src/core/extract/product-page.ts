import type { PageParts } from './page-parts';
import { openGraphType } from './main-container';

// A schema.org Product, in JSON-LD or as a microdata item.
const PRODUCT_LD = /"@type"\s*:\s*(\[[^\]]*)?"(?:https?:\/\/schema\.org\/)?Product"/;
const PRODUCT_ITEM = /^https?:\/\/schema\.org\/Product$/i;

/**
 * How plainly a page says it sells one product: `page` when the page itself is typed a product (Open
 * Graph `og:type` product, a microdata Product item), `data` when only its JSON-LD describes one —
 * which a shop's category page or a review also carries — and null when it says neither.
 */
export function declaresProduct(parts: PageParts): 'page' | 'data' | null {
  const { jsonLd, items } = parts;
  if (/^(?:og:)?product\b/i.test(openGraphType(parts))) return 'page';
  if (items.some((el) => PRODUCT_ITEM.test(el.getAttribute('itemtype') ?? ''))) return 'page';
  return jsonLd.some((script) => PRODUCT_LD.test(script.textContent ?? '')) ? 'data' : null;
}

/**
 * Below this much text kept, the generic extractor has missed a product's description: Readability
 * keeps one block of a page made of short ones (a size chart, the cart, a quick-order form).
 */
const KEPT_TOO_LITTLE = 1500;
/**
 * Above this much on a page typed as a product, it has taken the page whole, reviews and
 * recommendations with the product (the main region fallback, or Readability settling on the body).
 */
const KEPT_TOO_MUCH = 10_000;

/** Whether the generic extractor's `kept` text missed the product of a page that declares one (`declaresProduct`). */
export function productMissed(product: 'page' | 'data', kept: string): boolean {
  return kept.length < KEPT_TOO_LITTLE || (product === 'page' && kept.length > KEPT_TOO_MUCH);
}
