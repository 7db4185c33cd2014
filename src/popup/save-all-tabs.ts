import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { ask } from '../shared/ask';
import type { SaveOutcome } from '../shared/messages';
import { summarizeBatch, type TabResult } from './batch-summary';

// Reading tabs the popup was not opened on needs host access: asked for when the user clicks.
const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

const $ = (id: string) => document.getElementById(id)!;

/** "Save all tabs in this window": each tab in turn, with progress, then what failed and why. */
export async function saveAllTabs(showStatus: (text: string, tone: 'busy' | 'ok' | 'error') => void): Promise<void> {
  // Asked first thing, still inside the click (Firefox allows the request nowhere else); a
  // permission granted before resolves at once, without a prompt.
  const granted = await browser.permissions.request(ALL_SITES).catch(() => false);
  if (!granted) return showStatus(t('popupTabsNeedAccess'), 'error');
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined);
  $('batch').hidden = true;
  const results: TabResult[] = [];
  for (const [i, tab] of tabs.entries()) {
    showStatus(t('popupSavingTab', i + 1, tabs.length), 'busy');
    let outcome: SaveOutcome;
    try {
      outcome = await ask('savePage', { tabId: tab.id!, force: false });
    } catch (error) {
      outcome = { status: 'failed', reason: (error as Error).message };
    }
    results.push({ label: tab.title || tab.url || `Tab ${i + 1}`, outcome });
  }
  const { headline, problems } = summarizeBatch(results);
  showStatus(headline, problems.length ? 'error' : 'ok');
  $('batch-headline').textContent = problems.length ? t('popupNotSaved') : '';
  $('batch-problems').replaceChildren(
    ...problems.map((problem) => {
      const li = document.createElement('li');
      li.textContent = problem;
      return li;
    }),
  );
  $('batch').hidden = !problems.length;
}
