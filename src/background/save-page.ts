import browser from '../shared/browser';
import { CAPTURE_FUNCTION, type CaptureMode, type CaptureReply, type SaveOutcome } from '../shared/messages';
import type { PageCapture } from '../core/types';
import { openLibrary } from '../store/db';
import { saveCapture } from '../store/save';
import { closedPageReason, explainInjectionError } from './page-access';

/** Reads the article (or the selection) from a tab through the on-demand content script. */
async function captureTab(tabId: number, mode: CaptureMode): Promise<CaptureReply> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, how: CaptureMode) => (globalThis as unknown as Record<string, (how: CaptureMode) => unknown>)[name](how),
    args: [CAPTURE_FUNCTION, mode],
  });
  const reply = result?.result as CaptureReply | undefined;
  if (!reply) throw new Error('the page did not answer');
  return reply;
}

/**
 * Saves the article in a tab. A page that does not look like an article is left alone unless
 * `force` is set (the popup's "Save anyway", a shortcut or a menu item the user chose).
 * `mode` 'selection' saves only what is selected in the tab.
 */
export async function savePage(tabId: number, force: boolean, mode: CaptureMode = 'page'): Promise<SaveOutcome> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: 'failed', reason: 'That tab is no longer open.' };
  }
  const closed = closedPageReason(url);
  if (closed) return { status: 'failed', reason: closed };
  let reply: CaptureReply;
  try {
    reply = await captureTab(tabId, mode);
  } catch (error) {
    return { status: 'failed', reason: explainInjectionError(error, url) };
  }
  if (!reply.ok) return { status: 'failed', reason: reply.error };
  if (!reply.capture.readerable && !force) return { status: 'not-article', title: reply.capture.title };
  return storeCapture(reply.capture);
}

/** Saves a capture into the library, reporting a full disk or a failed write as a reason. */
export async function storeCapture(capture: PageCapture): Promise<SaveOutcome> {
  try {
    const db = await openLibrary();
    const now = Date.now();
    const { record, updated } = await saveCapture(db, capture, { id: crypto.randomUUID(), now, offset: -new Date(now).getTimezoneOffset() });
    db.close();
    return { status: updated ? 'updated' : 'saved', article: record };
  } catch (error) {
    const quota = (error as Error)?.name === 'QuotaExceededError';
    return { status: 'failed', reason: quota ? 'The browser has no room left for Keepmark’s library. Free some disk space or delete old articles.' : `Saving failed: ${(error as Error).message}` };
  }
}
