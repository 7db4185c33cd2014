// Saves without the popup, as the keyboard shortcut and the context menu start them, and the
// toolbar button's badge that reports on them.
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** Opens `url` in a new tab, brought to the front, and gives the tab's id. */
export async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.bringToFront();
  // Without access to the tab the browser hides its address: the active tab is the one.
  const tabId = await worker.evaluate(async (url) => {
    const tabs: Array<{ id: number; url?: string }> = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((tab) => tab.url === undefined || tab.url === url)!.id;
  }, url);
  return { page, tabId };
}

/** Runs what the save shortcut runs on tab `tabId`. */
export const pressShortcut = (worker: Worker, tabId: number): Promise<void> =>
  worker.evaluate(async (tabId) => {
    const chrome = (globalThis as any).chrome;
    chrome.commands.onCommand.dispatch('save-page', await chrome.tabs.get(tabId));
  }, tabId);

/** Runs what the "Save page to Keepmark" menu item runs on tab `tabId`. */
export const clickSavePageMenu = (worker: Worker, tabId: number, pageUrl: string): Promise<void> =>
  worker.evaluate(
    async ({ tabId, pageUrl }) => {
      const chrome = (globalThis as any).chrome;
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'save-page', pageUrl, editable: false }, await chrome.tabs.get(tabId));
    },
    { tabId, pageUrl },
  );

/** The toolbar button's badge and tooltip on tab `tabId`. */
export const badge = (worker: Worker, tabId: number): Promise<{ text: string; title: string }> =>
  worker.evaluate(async (tabId) => {
    const action = (globalThis as any).chrome.action;
    return { text: (await action.getBadgeText({ tabId })) as string, title: (await action.getTitle({ tabId })) as string };
  }, tabId);
