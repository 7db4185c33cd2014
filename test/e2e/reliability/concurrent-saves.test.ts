// Twenty saves at once, in twenty tabs of twenty different articles: twenty articles, none lost,
// none merged into another, each with its own body.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { serve } from '../support/server';
import { articlePage, halfSaved, libraryReader, type LibraryState } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();

const COUNT = 20;
const WAITING = '<!doctype html><title>Waiting</title><p>One moment.</p>';
const paths = Array.from({ length: COUNT }, (_, i) => `/notes/${i + 1}.html`);

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let library: { read: () => Promise<LibraryState>; page: Page };

beforeAll(async () => {
  // Each tab first shows a page that is not an article: the click that grants access saves nothing.
  site = await serve(paths.map((path) => ({ path, body: WAITING })));
  ext = await launchWithExtension();
  library = await libraryReader(ext.context, ext.extensionId);
});

afterAll(async () => {
  saveFigures('concurrent-saves', figures);
  await ext?.close();
  await site?.close();
});

/** Each of the twenty articles once, whole, with its own text. */
function expectTwentyWhole(state: LibraryState): void {
  // Each round of twenty saves at once is one fault injected; an article missing or half-saved is data lost.
  figures.faultsInjected++;
  const whole = state.articles.filter((a) => state.bodies.some((b) => b.id === a.id && b.markdown.includes(`Marker-${a.title.split(' ').at(-1)}-end.`)));
  figures.dataLost += COUNT - new Set(whole.map((a) => a.title)).size + halfSaved(state).length;
  expect(halfSaved(state)).toEqual([]);
  expect(state.articles.map((a) => a.title).sort()).toEqual(paths.map((_, i) => `Field note number ${i + 1}`).sort());
  for (const article of state.articles) {
    const n = article.title.split(' ').at(-1);
    expect(state.bodies.find((b) => b.id === article.id)?.markdown).toContain(`Marker-${n}-end.`);
  }
}

/** Sends `savePage` for every tab in the same instant, from an extension page, and returns each outcome. */
function saveAllAtOnce(tabs: Page[]): Promise<string[]> {
  return library.page.evaluate(async (urls) => {
    const chrome = (globalThis as any).chrome;
    const open: Array<{ id: number; url?: string }> = await chrome.tabs.query({});
    const ids = urls.map((url) => open.find((t) => t.url === url)!.id);
    const replies = await Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'savePage', args: { tabId, force: false } })));
    return replies.map((reply: any) => reply.value?.status ?? reply.error);
  }, tabs.map((tab) => tab.url()));
}

test('Chromium: twenty saves at once give twenty whole articles, none lost or merged', async () => {
  const tabs: Page[] = [];
  for (const path of paths) {
    const tab = await ext.context.newPage();
    await tab.goto(`${site.origin}${path}`);
    tabs.push(tab);
  }
  // A click on the toolbar button in each tab grants Keepmark access to it. Each popup is left only
  // once it has found no article: a probe still running would see the article put in below.
  for (const tab of tabs) {
    const popup = await ext.clickToolbarButton(tab);
    await popup.locator('#save-anyway').waitFor({ state: 'visible' });
    await popup.close();
  }
  // Each page then shows its article, in place (a navigation would take the access back).
  for (const [i, tab] of tabs.entries()) await tab.evaluate((html) => (document.documentElement.innerHTML = html), articlePage(i + 1));
  expect((await library.read()).articles).toEqual([]);

  // Twenty new saves in flight together.
  expect(await saveAllAtOnce(tabs)).toEqual(Array(COUNT).fill('saved'));
  const first = await library.read();
  expectTwentyWhole(first);

  // Twenty re-saves at once update each article in place: the same twenty ids.
  expect(await saveAllAtOnce(tabs)).toEqual(Array(COUNT).fill('updated'));
  const second = await library.read();
  expectTwentyWhole(second);
  expect(second.articles.map((a) => a.id).sort()).toEqual(first.articles.map((a) => a.id).sort());
});
