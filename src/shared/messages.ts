import type { ArticleRecord, PageCapture } from '../core/types';

/** What saving the current page came to, as the popup and the badge report it. */
export type SaveOutcome =
  | { status: 'saved' | 'updated'; article: ArticleRecord }
  | { status: 'not-article'; title: string }
  | { status: 'failed'; reason: string };

export interface ExportOutcome {
  fileName: string;
  count: number;
}

// Types only, no browser import: the content script bundles this module too.

/** Everything the pages ask the background for. Handlers are checked against it with `satisfies`. */
export interface Protocol {
  savePage(args: { tabId: number; force: boolean }): SaveOutcome;
  exportArticle(args: { id: string }): ExportOutcome;
  exportAll(args: Record<string, never>): ExportOutcome;
}

export type RequestType = keyof Protocol;
export type RequestArgs<K extends RequestType> = Parameters<Protocol[K]>[0];
export type Request = { [K in RequestType]: { type: K; args: RequestArgs<K> } }[RequestType];
export type Handlers = { [K in RequestType]: (args: RequestArgs<K>) => Promise<ReturnType<Protocol[K]>> };

/** Errors cross the message boundary as text, so the page can show what went wrong. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isRequest(message: unknown): message is Request {
  return !!message && typeof message === 'object' && typeof (message as Request).type === 'string';
}

/** What the content script reads from a page: its article, or just what the user selected. */
export type CaptureMode = 'page' | 'selection';

/** What the content script hands back from a page. */
export type CaptureReply = { ok: true; capture: PageCapture } | { ok: false; error: string; nothingToSave: boolean };

/** The function the content script leaves in the page's isolated world for the background to call. */
export const CAPTURE_FUNCTION = 'keepmarkCapture';
