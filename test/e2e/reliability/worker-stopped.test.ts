// The service worker stopped in the middle of a save, at each fault point of the test build
// (src/shared/fault-points.ts): the library holds the article whole or not at all, and the next
// save works.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { FAULTS_EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { serve } from '../support/server';
import { articlePage, halfSaved, libraryReader, type LibraryState } from '../support/library';
import type { FaultPointName } from '../../../src/shared/fault-points';
import { emptyFigures, saveFigures } from '../../reliability/figures';

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let readLibrary: () => Promise<LibraryState>;
let extensionTab: Page;
const figures = emptyFigures();
const faultsInjected: string[] = [];
/** Counts what a fault left half-saved or lost, for the figures; the tests assert the same. */
function countLoss(state: LibraryState, lost = 0): void {
  figures.dataLost += halfSaved(state).length + lost;
}

// Each case saves its own page; `outcome` is what the library must hold for that page afterwards.
const CASES: Array<{ point: FaultPointName; page: string; outcome: 'absent' | 'whole' }> = [
  { point: 'captured', page: 'captured', outcome: 'absent' },
  { point: 'writing', page: 'writing', outcome: 'absent' },
  { point: 'committed', page: 'committed', outcome: 'whole' },
];

beforeAll(async () => {
  site = await serve([
    ...CASES.map(({ page }) => ({ path: `/${page}.html`, body: articlePage(page) })),
    { path: '/resave.html', body: articlePage('resave') },
    { path: '/closed.html', body: articlePage('closed') },
  ]);
  ext = await launchWithExtension([], { extensionDir: FAULTS_EXTENSION_DIR });
  ({ read: readLibrary, page: extensionTab } = await libraryReader(ext.context, ext.extensionId));
});

afterAll(async () => {
  figures.faultsInjected = faultsInjected.length;
  saveFigures('worker-stopped', figures);
  await ext?.close();
  await site?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension's running service worker: a message wakes it (a new one after a stop). */
async function currentWorker(): Promise<Worker> {
  await extensionTab.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'wake' }));
  for (let i = 0; i < 50; i++) {
    for (const worker of ext.context.serviceWorkers().reverse()) {
      const alive = await Promise.race([worker.evaluate(() => true), sleep(500).then(() => false)]).catch(() => false);
      if (alive) return worker;
    }
    await sleep(100);
  }
  throw new Error('the service worker did not start again');
}

/** Stops every service worker, as the browser does when it reclaims an idle or busy worker. */
async function stopWorker(): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function save(path: string) {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}${path}`);
  const popup = await ext.clickToolbarButton(page);
  return { page, popup };
}

describe('Chromium: the service worker stopped in the middle of a save', () => {
  for (const { point, page, outcome } of CASES) {
    test(`stopped at "${point}": the article is ${outcome === 'whole' ? 'saved whole' : 'not saved at all'}, and the next save works`, async () => {
      const worker = await currentWorker();
      await worker.evaluate((p) => ((globalThis as any).keepmarkFaults = { hold: { [p]: 20_000 } }), point);
      const before = await readLibrary();
      const { popup } = await save(`/${page}.html`);
      await expect.poll(() => worker.evaluate(() => (globalThis as any).keepmarkFaults?.reached), { timeout: 15_000 }).toBe(point);
      await stopWorker();
      faultsInjected.push(point);

      // The popup says the save was cut short instead of waiting for ever.
      await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/stopped before it could answer/);
      const after = await readLibrary();
      const saved = after.articles.filter((a) => a.title === `Field note number ${page}`);
      countLoss(after, outcome === 'whole' && saved.length !== 1 ? 1 : 0);
      expect(halfSaved(after)).toEqual([]);
      if (outcome === 'absent') expect(after.articles.length).toBe(before.articles.length);
      expect(saved.length).toBe(outcome === 'whole' ? 1 : 0);
      if (outcome === 'whole') expect(after.bodies.find((b) => b.id === saved[0].id)?.markdown).toContain(`Marker-${page}-end.`);

      // A fresh worker saves the same page.
      const again = await save(`/${page}.html`);
      await expect.poll(() => again.popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^(Saved|Updated): Field note number ${page}`));
      const final = await readLibrary();
      expect(halfSaved(final)).toEqual([]);
      expect(final.articles.filter((a) => a.title === `Field note number ${page}`).length).toBe(1);
    });
  }

  test('stopped while re-saving a page saved before: the earlier copy stays whole', async () => {
    const first = await save('/resave.html');
    await expect.poll(() => first.popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Field note number resave/);
    const before = await readLibrary();
    const worker = await currentWorker();
    await worker.evaluate(() => ((globalThis as any).keepmarkFaults = { hold: { writing: 20_000 } }));
    await save('/resave.html');
    await expect.poll(() => worker.evaluate(() => (globalThis as any).keepmarkFaults?.reached), { timeout: 15_000 }).toBe('writing');
    await stopWorker();
    faultsInjected.push('writing (re-save)');
    const after = await readLibrary();
    countLoss(after, after.articles.length < before.articles.length ? 1 : 0);
    expect(halfSaved(after)).toEqual([]);
    expect(after).toEqual(before);
  });

  test('the tab closed in the middle of a save: a clear message, nothing saved', async () => {
    const worker = await currentWorker();
    await worker.evaluate(() => ((globalThis as any).keepmarkFaults = { hold: { probed: 3_000 } }));
    const before = await readLibrary();
    // The click grants access and starts a save; its popup closes with the tab, so the popup is
    // also opened as a page of its own acting on that tab, where the message can be read.
    const { page } = await save('/closed.html');
    const tabId = await extensionTab.evaluate(async (url) => ((await (globalThis as any).chrome.tabs.query({})) as any[]).find((t) => t.url === url).id, page.url());
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/popup.html?tab=${tabId}`);
    await expect.poll(() => worker.evaluate(() => (globalThis as any).keepmarkFaults?.reached), { timeout: 15_000 }).toBe('probed');
    await page.close();
    faultsInjected.push('tab closed');
    countLoss(await readLibrary());
    // Which of the two sentences depends on whether the popup's own save had reached the tab before it closed.
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/tab was closed or navigated away|That tab is no longer open/);
    expect(await readLibrary()).toEqual(before);
  });
});
