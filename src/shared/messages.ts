import type { ArticleRecord, ImageReport, PageCapture } from '../core/types';
import type { PresetId } from '../core/presets/types';

/** What saving the current page came to, as the popup and the badge report it. */
export type SaveOutcome =
  | { status: 'saved' | 'updated'; article: ArticleRecord }
  | { status: 'not-article'; title: string }
  | { status: 'failed'; reason: string };

export interface ExportOutcome {
  fileName: string;
  count: number;
  /** How many things the export's report lists as left out (0 when it wrote no report). */
  leftOut?: number;
}

/** One article as a `.md` whose images link to the originals, or a `.zip` with its kept images. */
export type ExportFormat = 'md' | 'zip';

/** Sent by the background to any open popup while an export of several articles runs. */
export interface ExportProgress {
  kind: 'export-progress';
  done: number;
  total: number;
}

export function isExportProgress(message: unknown): message is ExportProgress {
  return !!message && typeof message === 'object' && (message as ExportProgress).kind === 'export-progress';
}

// Types only, no browser import: the content script bundles this module too.

/** Everything the pages ask the background for. Handlers are checked against it with `satisfies`. */
export interface Protocol {
  savePage(args: { tabId: number; force: boolean }): SaveOutcome;
  /** One article; Jekyll and `.md` unless asked otherwise. */
  exportArticle(args: { id: string; presetId?: PresetId; format?: ExportFormat }): ExportOutcome;
  exportAll(args: Record<string, never>): ExportOutcome;
  /** Downloads again the images of a saved article that failed; answers with its new image report. */
  retryImages(args: { id: string }): ImageReport;
  /** The chosen articles, or all, as one zip in a preset's layout (Jekyll unless asked otherwise). */
  exportArticles(args: { ids: string[] | 'all'; presetId?: PresetId }): ExportOutcome;
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
