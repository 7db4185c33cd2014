import browser from '../shared/browser';
import type { SaveOutcome } from '../shared/messages';

const CLEAR_AFTER_MS = 4000;

/** Shows a save's outcome on the toolbar button of its tab: ✓ saved, ! failed or not an article. */
export async function showOnBadge(tabId: number, outcome: SaveOutcome): Promise<void> {
  const ok = outcome.status === 'saved' || outcome.status === 'updated';
  const title = ok ? `Saved to Keepmark: ${outcome.article.title}` : outcome.status === 'failed' ? `Not saved: ${outcome.reason}` : 'Not saved: this page does not look like an article.';
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#cf222e' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title });
  setTimeout(() => {
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
    browser.action.setTitle({ tabId, title: '' }).catch(() => {});
  }, CLEAR_AFTER_MS);
}
