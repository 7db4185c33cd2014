import type { LibraryDB } from '../../store/db';
import { filterChoices, type ListFilter, type ListOrder } from '../../store/library';
import { t } from '../../shared/i18n';
import browser from '../../shared/browser';

// Option values: "tag:…" or "site:…"; "" shows every article.
const TAG = 'tag:';
const SITE = 'site:';

/** The filter the menu now names, or null for every article. */
export function chosenFilter(menu: HTMLSelectElement): ListFilter | null {
  const value = menu.value;
  if (value.startsWith(TAG)) return { tag: value.slice(TAG.length) };
  if (value.startsWith(SITE)) return { site: value.slice(SITE.length) };
  return null;
}

function group(label: string, prefix: string, names: string[]): HTMLOptGroupElement {
  const optgroup = document.createElement('optgroup');
  optgroup.label = label;
  optgroup.append(...names.map((name) => new Option(name, prefix + name)));
  return optgroup;
}

/** Offers the library's tags and sites (from the indexes' keys), keeping the current choice if it still exists. */
export async function fillFilterChoices(db: LibraryDB, menu: HTMLSelectElement): Promise<void> {
  const { tags, sites } = await filterChoices(db);
  const current = menu.value;
  menu.replaceChildren(new Option(t('popupFilterAll'), ''));
  if (tags.length) menu.append(group(t('popupFilterTag'), TAG, tags));
  if (sites.length) menu.append(group(t('popupFilterSite'), SITE, sites));
  menu.value = [...menu.options].some((option) => option.value === current) ? current : '';
  menu.hidden = tags.length + sites.length === 0;
}

/** The list's order as the menu names it; the choice is remembered for the next popup. */
export function chosenOrder(menu: HTMLSelectElement): ListOrder {
  return menu.value === 'published' ? 'published' : 'saved';
}

// In the extension's local storage: asked for while the library opens, it adds nothing to the
// popup's first paint (the page's own localStorage is read synchronously, ~4 ms on first use).
const ORDER_KEY = 'listOrder';

export async function rememberOrder(menu: HTMLSelectElement): Promise<void> {
  await browser.storage.local.set({ [ORDER_KEY]: chosenOrder(menu) });
}

export async function restoreOrder(menu: HTMLSelectElement): Promise<void> {
  const stored = await browser.storage.local.get(ORDER_KEY);
  menu.value = stored[ORDER_KEY] === 'published' ? 'published' : 'saved';
}
