// The browser refuses to store more (IndexedDB's QuotaExceededError): the save says so in the popup
// and on the badge, nothing is half-saved, and once there is room again the next save works.
// The limit (support/storage-limit.ts) is set before first use, the only time Chromium 156 applies
// it: so this library starts full, with no earlier article (quota-with-library.test.ts has one).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { badge, openTab, pressShortcut } from '../support/gestures';
import { serve } from '../support/server';
import { limitStorage, type StorageLimit } from '../support/storage-limit';
import { articlePage, halfSaved } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();
const NO_ROOM = 'The browser has no room left for Keepmark’s library. Free some disk space or delete old articles.';

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let limit: StorageLimit;

beforeAll(async () => {
  site = await serve([{ path: '/article.html', body: articlePage('quota', 'Saved once room was made') }]);
  ext = await launchWithExtension();
  limit = await limitStorage(ext, 1);
});

afterAll(async () => {
  saveFigures('quota', figures);
  await ext?.close();
  await site?.close();
});

describe('Chromium: no room left for the library', () => {
  test('the popup and the badge say so, nothing is half-saved, and the next save with room works', async () => {
    const { page, tabId } = await openTab(ext.context, ext.worker, `${site.origin}/article.html`);
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toContain(NO_ROOM);
    figures.faultsInjected++;
    // The shortcut (the toolbar click granted the tab, as the shortcut itself would).
    await pressShortcut(ext.worker, tabId);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '!', title: `Not saved: ${NO_ROOM}` });
    figures.faultsInjected++;
    const full = await limit.read();
    figures.dataLost += halfSaved(full).length;
    expect(halfSaved(full)).toEqual([]);
    expect(full.articles).toEqual([]);

    // Room again (the user freed disk space): the same shortcut saves the page whole.
    await limit.set(null);
    await expect.poll(async () => (await badge(ext.worker, tabId)).text, { timeout: 15_000 }).toBe('');
    await pressShortcut(ext.worker, tabId);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '✓', title: 'Saved to Keepmark: Saved once room was made' });
    const after = await limit.read();
    figures.dataLost += halfSaved(after).length;
    expect(halfSaved(after)).toEqual([]);
    expect(after.bodies.find((b) => b.id === after.articles.find((a) => a.title === 'Saved once room was made')?.id)?.markdown).toContain('Marker-quota-end.');
    figures.casesGenerated++;
  });
});
