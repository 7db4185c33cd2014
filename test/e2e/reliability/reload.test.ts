// The extension reloaded, as an update does (CDP Extensions.loadUnpacked of its folder), in the
// middle of a save and while the popup is open: nothing half-saved, earlier articles whole, and the
// new version saves. On the test build, whose fault points hold a save where the test asks.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { FAULTS_EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { serve } from '../support/server';
import { articlePage, halfSaved, libraryReader, type LibraryState } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();
let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let worker: Worker;

beforeAll(async () => {
  site = await serve(['earlier', 'mid-save', 'popup-open', 'after'].map((name) => ({ path: `/${name}.html`, body: articlePage(name) })));
  ext = await launchWithExtension([], { extensionDir: FAULTS_EXTENSION_DIR });
  worker = ext.worker;
});

afterAll(async () => {
  saveFigures('reload', figures);
  await ext?.close();
  await site?.close();
});

/** The library, read from a fresh extension tab (a reload closes the extension's tabs). */
async function readLibrary(): Promise<LibraryState> {
  const { read, page } = await libraryReader(ext.context, ext.extensionId);
  const state = await read();
  await page.close();
  figures.dataLost += halfSaved(state).length;
  return state;
}

async function save(name: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/${name}.html`);
  return ext.clickToolbarButton(page);
}

const bodyOf = (state: LibraryState, name: string) => state.bodies.find((b) => b.id === state.articles.find((a) => a.title === `Field note number ${name}`)?.id)?.markdown;

describe('Chromium: the extension reloaded (updated)', () => {
  test('in the middle of a save (its transaction open): nothing half-saved, the earlier article whole, the new version saves', async () => {
    const first = await save('earlier');
    await expect.poll(() => first.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Field note number earlier/);
    const before = await readLibrary();

    await worker.evaluate(() => ((globalThis as any).keepmarkFaults = { hold: { writing: 20_000 } }));
    await save('mid-save');
    await expect.poll(() => worker.evaluate(() => (globalThis as any).keepmarkFaults?.reached), { timeout: 15_000 }).toBe('writing');
    worker = await ext.reload();
    figures.faultsInjected++;

    const after = await readLibrary();
    expect(halfSaved(after)).toEqual([]);
    expect(after).toEqual(before);
    expect(bodyOf(after, 'earlier')).toContain('Marker-earlier-end.');

    const again = await save('mid-save');
    await expect.poll(() => again.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Field note number mid-save/);
    const final = await readLibrary();
    expect(halfSaved(final)).toEqual([]);
    expect(bodyOf(final, 'mid-save')).toContain('Marker-mid-save-end.');
    expect(bodyOf(final, 'earlier')).toBe(bodyOf(before, 'earlier'));
  });

  test('with the popup open: the library is unchanged, the new version saves', async () => {
    const popup = await save('popup-open');
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Field note number popup-open/);
    const before = await readLibrary();
    worker = await ext.reload();
    figures.faultsInjected++;

    const after = await readLibrary();
    expect(halfSaved(after)).toEqual([]);
    expect(after).toEqual(before);

    const next = await save('after');
    await expect.poll(() => next.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Field note number after/);
    const final = await readLibrary();
    expect(halfSaved(final)).toEqual([]);
    expect(final.articles.map((a) => a.title).sort()).toEqual(['Field note number after', 'Field note number earlier', 'Field note number mid-save', 'Field note number popup-open']);
  });
});
