import { captureArticle, NothingToSaveError } from '../core/extract';
import { captureSelection } from '../core/extract/selection';
import { CAPTURE_FUNCTION, type CaptureMode, type CaptureReply } from '../shared/messages';
import { selectedHtml } from './selection';

/** Reads the article (or the selection) from a clone of the live page: the page itself is never changed. */
function captureLivePage(mode: CaptureMode = 'page'): CaptureReply {
  try {
    const clone = document.cloneNode(true) as Document;
    if (mode === 'page') return { ok: true, capture: captureArticle(clone, location.href, () => document.cloneNode(true) as Document) };
    const html = selectedHtml(document);
    if (!html) return { ok: false, nothingToSave: true, error: 'Nothing is selected on this page. Select the text you want to keep and try again.' };
    return { ok: true, capture: captureSelection(clone, location.href, html) };
  } catch (error) {
    const nothingToSave = error instanceof NothingToSaveError;
    return { ok: false, nothingToSave, error: nothingToSave ? (error as Error).message : `Keepmark could not read this page: ${(error as Error).message}` };
  }
}

// Injected on demand (scripting + activeTab) into the isolated world; the background then calls it.
(globalThis as Record<string, unknown>)[CAPTURE_FUNCTION] = captureLivePage;
