import type { CaptureMode, SaveOutcome } from '../shared/messages';
import { savePage } from './save-page';
import { showOnBadge } from './badge';

/**
 * Saves without the popup (shortcut, context menu) and reports on the badge. The user chose this
 * page explicitly, so it is saved even when it does not look like an article.
 */
export async function saveFromGesture(tabId: number | undefined, mode: CaptureMode = 'page'): Promise<SaveOutcome | null> {
  if (tabId === undefined || tabId < 0) return null;
  const outcome = await savePage(tabId, true, mode);
  await showOnBadge(tabId, outcome);
  return outcome;
}
