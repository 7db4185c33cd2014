// Saves without the popup (the keyboard shortcut, the context menu) report on the toolbar button's
// badge: ✓ and the article's title when saved, ! and the reason when not. And a local file, with
// "Allow access to file URLs" off, gets a sentence saying what to turn on, in the popup and on the badge.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { badge, clickSavePageMenu, openTab as openTabIn, pressShortcut } from '../support/gestures';
import { serve } from '../support/server';
import { articlePage, halfSaved, libraryReader, type LibraryState } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();
// Chromium hides a local file's address from Keepmark without file access: the sentence names both.
const LOCAL_FILES = /If it is a file on your computer: Keepmark may not read local files\. Allow “Access to file URLs” for Keepmark/;

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let library: { read: () => Promise<LibraryState>; page: Page };
let localDir: string;

beforeAll(async () => {
  site = await serve([
    { path: '/article.html', body: articlePage('badge', 'A note saved by the shortcut') },
    { path: '/notes.txt', body: 'Plain notes, one line each.\nSecond line.\n', type: 'text/plain; charset=utf-8' },
  ]);
  localDir = await mkdtemp(join(tmpdir(), 'keepmark-local-'));
  await writeFile(join(localDir, 'local.html'), articlePage('local', 'A note kept on disk'));
  // Site access granted up front: the shortcut and the menu item grant it in a real browser, a
  // dispatched event does not. File access stays off, as it is for an extension from a store.
  ext = await launchWithExtension([], { grantHosts: ['http://*/*', 'https://*/*'], fileAccess: false });
  library = await libraryReader(ext.context, ext.extensionId);
});

afterAll(async () => {
  saveFigures('badge', figures);
  await ext?.close();
  await site?.close();
  if (localDir) await rm(localDir, { recursive: true, force: true });
});

const openTab = (url: string) => openTabIn(ext.context, ext.worker, url);

/** Nothing half-saved, and counted in the figures. */
async function wholeLibrary(): Promise<LibraryState> {
  const state = await library.read();
  figures.dataLost += halfSaved(state).length;
  expect(halfSaved(state)).toEqual([]);
  return state;
}

describe('Chromium: saves from the shortcut and the menu report on the badge', () => {
  test('an article saved by the shortcut shows ✓ and its title, and re-saved from the menu the same', async () => {
    const url = `${site.origin}/article.html`;
    const { tabId } = await openTab(url);
    await pressShortcut(ext.worker, tabId);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '✓', title: 'Saved to Keepmark: A note saved by the shortcut' });
    const saved = (await wholeLibrary()).articles.filter((a) => a.title === 'A note saved by the shortcut');
    expect(saved).toHaveLength(1);

    // The badge clears after a few seconds; the re-save must show it again.
    await expect.poll(async () => (await badge(ext.worker, tabId)).text, { timeout: 15_000 }).toBe('');
    await clickSavePageMenu(ext.worker, tabId, url);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '✓', title: 'Saved to Keepmark: A note saved by the shortcut' });
    expect((await wholeLibrary()).articles.filter((a) => a.title === 'A note saved by the shortcut').map((a) => a.id)).toEqual(saved.map((a) => a.id));
    figures.casesGenerated++;
  });

  test('a text file (not an article) shows ! and why, and nothing is saved', async () => {
    const before = await library.read();
    const { tabId } = await openTab(`${site.origin}/notes.txt`);
    await clickSavePageMenu(ext.worker, tabId, `${site.origin}/notes.txt`);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '!', title: 'Not saved: This is a plain text file, not a web page: Keepmark saves web articles.' });
    expect(await wholeLibrary()).toEqual(before);
    figures.casesGenerated++;
  });

  test('a browser page (the save fails) shows ! and why, and nothing is saved', async () => {
    const before = await library.read();
    const { tabId } = await openTab('chrome://version/');
    await pressShortcut(ext.worker, tabId);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 15_000 }).toEqual({ text: '!', title: 'Not saved: Browser pages such as settings or new tabs cannot be saved. Open an article and try again.' });
    expect(await wholeLibrary()).toEqual(before);
    figures.casesGenerated++;
  });
});

describe('Chromium: a local file without "Allow access to file URLs"', () => {
  test('the popup and the badge say what to allow, and nothing is saved', async () => {
    expect(await ext.worker.evaluate(() => (globalThis as any).chrome.extension.isAllowedFileSchemeAccess())).toBe(false);
    const before = await library.read();
    const url = `file://${join(localDir, 'local.html')}`;
    const { page, tabId } = await openTab(url);
    // The toolbar click grants the tab (activeTab), as the real shortcut would.
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(LOCAL_FILES);
    await pressShortcut(ext.worker, tabId);
    await expect.poll(async () => (await badge(ext.worker, tabId)).title, { timeout: 15_000 }).toMatch(LOCAL_FILES);
    expect((await badge(ext.worker, tabId)).text).toBe('!');
    expect(await wholeLibrary()).toEqual(before);
    figures.casesGenerated++;
  });
});
