import browser from '../shared/browser';
import type { SaveOutcome } from '../shared/messages';
import { NothingToSaveError } from '../core/extract';
import { decodeHtml } from '../core/decode-html';
import { captureHtml } from '../core/pipeline';
import { showOnBadge } from './badge';
import { storeCapture } from './save-page';

// A page that has not answered by then is not coming.
const FETCH_TIMEOUT_MS = 30_000;

/** The host permission reading `url` needs (`https://host/*`), or null for a link that is not on the web. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * The context menu's "Save link": asks for access to the link's site (the menu click is the user
 * gesture the request needs, so it is made before anything is awaited), then saves the page
 * behind the link without opening it and reports on the badge of the tab the link was in.
 */
export function saveLinkFromMenu(linkUrl: string, tabId: number | undefined): Promise<SaveOutcome> {
  const pattern = originPattern(linkUrl);
  // Whatever the answer (or a refusal to ask), what counts is whether access is now granted.
  const asked = pattern ? browser.permissions.request({ origins: [pattern] }).catch(() => false) : Promise.resolve(false);
  return asked.then(async () => {
    const outcome = await saveLink(linkUrl);
    if (tabId !== undefined && tabId >= 0) await showOnBadge(tabId, outcome);
    return outcome;
  });
}

/** Fetches the page at `url` in the background, extracts its article with the core and saves it. */
export async function saveLink(url: string): Promise<SaveOutcome> {
  const pattern = originPattern(url);
  if (!pattern) return { status: 'failed', reason: 'Only web links (http or https) can be saved.' };
  const host = new URL(url).hostname;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { status: 'failed', reason: `Keepmark may not read ${host}: allow it when the browser asks, then save the link again.` };
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    return { status: 'failed', reason: timedOut ? `${host} did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds.` : `${host} could not be reached: ${(error as Error).message}` };
  }
  if (!response.ok) return { status: 'failed', reason: `The link answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: there is no page to save.` };
  const type = response.headers.get('content-type');
  if (type && !/html|xml/i.test(type)) return { status: 'failed', reason: `The link is not a web page (${type.split(';')[0]}): Keepmark saves web articles.` };
  // Fetch (and decode) before the library's transaction opens: a save never waits on the network.
  const html = decodeHtml(new Uint8Array(await response.arrayBuffer()), type);
  try {
    // The user picked this link, so it is saved even when it does not look like an article.
    return await storeCapture(captureHtml(html, response.url || url));
  } catch (error) {
    if (error instanceof NothingToSaveError) return { status: 'failed', reason: 'The linked page has no article text to save.' };
    return { status: 'failed', reason: `Keepmark could not read the linked page: ${(error as Error).message}` };
  }
}
