// Pages browsers never let an extension read, with what to tell the user.
const CLOSED_PAGES: Array<[RegExp, string]> = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-search|devtools|view-source):/i, 'Browser pages such as settings or new tabs cannot be saved. Open an article and try again.'],
  [/^(chrome|moz)-extension:/i, 'Pages of browser extensions cannot be saved.'],
  [/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i, 'The browser’s extension store does not allow extensions to read it.'],
];

/** Why Keepmark cannot read a tab at `url`, or null when it may try. */
export function closedPageReason(url: string | undefined): string | null {
  // Without host access the browser may hide a tab's address; the injection error then tells.
  if (!url) return null;
  for (const [pattern, reason] of CLOSED_PAGES) if (pattern.test(url)) return reason;
  if (/\.pdf(?:[?#]|$)/i.test(url)) return 'This is a PDF document, not a web page: Keepmark saves web articles.';
  return null;
}

/** Turns the browser's refusal to run Keepmark in a page into a sentence a user can act on. */
export function explainInjectionError(error: unknown, url: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:')) return 'Keepmark may not read local files. Allow “Access to file URLs” for Keepmark in the browser’s extension settings.';
  if (/gallery|webstore/i.test(message)) return CLOSED_PAGES[2][1];
  const closed = message.match(/Cannot access (?:a |contents of )?(?:url )?"?([a-z-]+:)/i)?.[1];
  if (closed) {
    const reason = closedPageReason(`${closed}//`);
    if (reason) return reason;
  }
  if (/Cannot access|Missing host permission|permission/i.test(message)) return 'The browser did not let Keepmark read this page. Click the Keepmark button on the page itself and try again.';
  if (/No tab with id|tab was closed|Frame with ID 0 was removed|Invalid tab/i.test(message)) return 'The tab was closed or navigated away before it could be saved.';
  return `Keepmark could not read this page: ${message}`;
}
