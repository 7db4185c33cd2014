import browser from './browser';

/** The UI string `key` in the browser's language, with `$1`, `$2`… filled in; a missing key is an error, not a blank. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  if (!message) throw new Error(`Keepmark has no text for “${key}” in _locales`);
  return message;
}

/** Fills a page's static text: `data-i18n` sets the text, `data-i18n-<attribute>` (placeholder, aria-label, title) that attribute. */
export function localizePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (name === 'data-i18n') el.textContent = t(value);
      else if (name.startsWith('data-i18n-')) el.setAttribute(name.slice('data-i18n-'.length), t(value));
    }
  }
}
