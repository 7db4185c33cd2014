import { captureArticle, NothingToSaveError } from '../core/extract';
import { CAPTURE_FUNCTION, type CaptureReply } from '../shared/messages';

/** Reads the article from a clone of the live page: the page itself is never changed. */
function captureLivePage(): CaptureReply {
  try {
    const clone = document.cloneNode(true) as Document;
    return { ok: true, capture: captureArticle(clone, location.href) };
  } catch (error) {
    const nothingToSave = error instanceof NothingToSaveError;
    return { ok: false, nothingToSave, error: nothingToSave ? (error as Error).message : `Keepmark could not read this page: ${(error as Error).message}` };
  }
}

// Injected on demand (scripting + activeTab) into the isolated world; the background then calls it.
(globalThis as Record<string, unknown>)[CAPTURE_FUNCTION] = captureLivePage;
