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

const LOCAL_FILES = 'Keepmark may not read local files. Allow “Access to file URLs” for Keepmark in the browser’s extension settings.';

/**
 * Turns the browser's refusal to run Keepmark in a page into a sentence a user can act on.
 * `fileAccess`: whether the user allowed file URLs. Chromium hides a local file's address from an
 * extension without that access, so a refused page whose address is hidden may be a local file.
 */
export function explainInjectionError(error: unknown, url: string | undefined, fileAccess = true): string {
  const message = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:')) return LOCAL_FILES;
  if (/gallery|webstore/i.test(message)) return CLOSED_PAGES[2][1];
  const closed = message.match(/Cannot access (?:a |contents of )?(?:url )?"?([a-z-]+:)/i)?.[1];
  if (closed) {
    const reason = closedPageReason(`${closed}//`);
    if (reason) return reason;
  }
  if (/Cannot access|Missing host permission|permission/i.test(message)) {
    if (!url && !fileAccess) return `The browser did not let Keepmark read this page. If it is a file on your computer: ${LOCAL_FILES}`;
    return 'The browser did not let Keepmark read this page. Click the Keepmark button on the page itself and try again.';
  }
  if (/No tab with id|tab was closed|Frame with ID 0 was removed|Invalid tab/i.test(message)) return 'The tab was closed or navigated away before it could be saved.';
  return `Keepmark could not read this page: ${message}`;
}

/** What a tab's document is, read before the content script goes in. */
export interface PageProbe {
  contentType: string;
  readyState: DocumentReadyState;
  /** `<iframe>` and `<frame>` elements in the top document. */
  frames: number;
  /** Characters of text in the top document itself. */
  textLength: number;
}

/** Reads a `PageProbe` in the page (runs there, so it uses nothing from outside). */
export function probePage(): PageProbe {
  return {
    contentType: document.contentType,
    readyState: document.readyState,
    frames: document.querySelectorAll('iframe, frame').length,
    textLength: (document.body?.innerText ?? '').trim().length,
  };
}

/** Why the document in a tab cannot be saved as an article, or null when it may be. */
export function documentReason(probe: PageProbe): string | null {
  // The capture waits for the page to finish loading, and a page that never does would hold the save for ever.
  if (probe.readyState === 'loading') return 'This page is still loading. Wait until it has finished, then save it again.';
  const type = probe.contentType.toLowerCase();
  if (type === 'application/pdf') return 'This is a PDF document, not a web page: Keepmark saves web articles.';
  if (type.startsWith('image/')) return 'This is an image opened on its own, not a web page: Keepmark saves web articles.';
  if (type.startsWith('video/') || type.startsWith('audio/')) return 'This is a video or sound file opened on its own, not a web page: Keepmark saves web articles.';
  if (type === 'text/plain') return 'This is a plain text file, not a web page: Keepmark saves web articles.';
  return null;
}

// Below this much text of its own, a page with frames is taken for a frame holder.
const FRAME_HOLDER_TEXT = 200;

/** When a page's text lives in its frames, the way to save it; null for any other page. */
export function framedReason(probe: PageProbe): string | null {
  if (probe.frames === 0 || probe.textLength >= FRAME_HOLDER_TEXT) return null;
  return 'The text of this page is inside a frame. Open the frame on its own (right-click it, then “Open frame in new tab”) and save it there.';
}
