import browser from '../shared/browser';
import { CAPTURE_FUNCTION, type CaptureMode, type CaptureReply, type SaveOutcome } from '../shared/messages';
import type { PageCapture } from '../core/types';
import { openLibrary } from '../store/db';
import { saveCapture, type ArticleImages } from '../store/save';
import { NO_ROOM, isQuotaError } from '../store/quota';
import { imageCapSetting } from './image-cap';
import { downloadArticleImages } from './images/article-images';
import { faultPoint } from '../shared/fault-points';
import { closedPageReason, documentReason, explainInjectionError, framedReason, probePage, type PageProbe } from './page-access';

/** What the tab's document is, read at once, without waiting for the page to finish loading. */
async function probeTab(tabId: number): Promise<PageProbe> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, injectImmediately: true, func: probePage });
  const probe = result?.result as PageProbe | undefined;
  if (!probe) throw new Error('the page did not answer');
  return probe;
}

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

/** The same images with none kept: when they do not fit in the browser's storage, the article still does. */
function withoutRoomForImages(images: ArticleImages): ArticleImages {
  const reason = 'no room left in the browser’s storage for this image';
  return { kept: [], failed: [...images.kept.map(({ url }) => ({ url, reason })), ...images.failed] };
}

/**
/**
 * Saves the article in a tab with its images (at most `imageCapBytes` of them, else the user's
 * setting). A page that does not look like an article is left alone unless `force` is set (the
 * popup's "Save anyway", a shortcut or a menu item the user chose). `mode` 'selection' saves only
 * what is selected in the tab.
 */
export async function savePage(tabId: number, force: boolean, mode: CaptureMode = 'page', imageCapBytes?: number): Promise<SaveOutcome> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: 'failed', reason: 'That tab is no longer open.' };
  }
  const closed = closedPageReason(url);
  if (closed) return { status: 'failed', reason: closed };
  let reply: CaptureReply;
  let probe: PageProbe;
  try {
    probe = await probeTab(tabId);
    const refused = documentReason(probe);
    if (refused) return { status: 'failed', reason: refused };
    await faultPoint('probed');
    reply = await captureTab(tabId, mode);
  } catch (error) {
    return { status: 'failed', reason: explainInjectionError(error, url, await browser.extension.isAllowedFileSchemeAccess()) };
  }
  const framed = framedReason(probe);
  if (framed && (!reply.ok || !reply.capture.readerable)) return { status: 'failed', reason: framed };
  if (!reply.ok) return { status: 'failed', reason: reply.error };
  if (!reply.capture.readerable && !force) return { status: 'not-article', title: reply.capture.title };
  await faultPoint('captured');
  return storeCapture(reply.capture, imageCapBytes);
}

/** Saves a capture with its images into the library, reporting a full disk or a failed write as a reason. */
export async function storeCapture(capture: PageCapture, imageCapBytes?: number): Promise<SaveOutcome> {
  try {
    // Downloads finish before the save's transaction opens: it never waits on the network.
    const images = await downloadArticleImages(capture, imageCapBytes ?? (await imageCapSetting()));
    const db = await openLibrary();
    const now = Date.now();
    const ctx = { id: crypto.randomUUID(), now, offset: -new Date(now).getTimezoneOffset() };
    try {
      const { record, updated } = await saveCapture(db, capture, ctx, images).catch((error) => {
        if (!isQuotaError(error) || images.kept.length === 0) throw error;
        return saveCapture(db, capture, ctx, withoutRoomForImages(images));
      });
      await faultPoint('committed');
      return { status: updated ? 'updated' : 'saved', article: record };
    } finally {
      db.close();
    }
  } catch (error) {
    return { status: 'failed', reason: isQuotaError(error) ? NO_ROOM : `Saving failed: ${(error as Error).message}` };
  }
}
