// The library already holds an article when the browser runs out of room: a save too large for
// what is left says so, and the earlier article stays whole — also when the page that grew too
// large is that article's own, saved again. The limit is set before the
// extension's origin first uses its storage (the only time Chromium 156 applies it, see
// quota.test.ts), large enough for a short article and far too small for a long one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { badge, openTab, pressShortcut } from '../support/gestures';
import { serve } from '../support/server';
import { limitStorage, type StorageLimit } from '../support/storage-limit';
import { articlePage, halfSaved } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();
const NO_ROOM = 'The browser has no room left for Keepmark’s library. Free some disk space or delete old articles.';
const ROOM = 2 * 1024 * 1024;

const SHORT_TITLE = 'A short note saved first';

/** An article of about 3 MB of text: stored as HTML, Markdown and text it needs several times the room. */
function longArticle(title: string): string {
  const para = (i: number) => `<p>Long note, paragraph ${i}: the tide tables for the whole coast, copied out by hand, one harbour after another, with the times of every high and low water.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1>${Array.from({ length: 20_000 }, (_, i) => para(i + 1)).join('\n')}<p>Marker-long-end.</p></article></body></html>`;
}

/** The short note's page; its body is swapped for a long one when the page "grows". */
const note = { path: '/short.html', body: articlePage('short', SHORT_TITLE) };

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let limit: StorageLimit;

beforeAll(async () => {
  site = await serve([note, { path: '/long.html', body: longArticle('The whole coast, by hand') }]);
  ext = await launchWithExtension();
  limit = await limitStorage(ext, ROOM);
}, 60_000);

afterAll(async () => {
  saveFigures('quota-with-library', figures);
  await ext?.close();
  await site?.close();
});

describe('Chromium: no room left with articles already saved', () => {
  test('a long article, and then the saved one grown long, are refused with the no-room sentence; the earlier copy stays whole', async () => {
    const shortTab = await openTab(ext.context, ext.worker, `${site.origin}/short.html`);
    const short = await ext.clickToolbarButton(shortTab.page);
    await expect.poll(() => short.getByTestId('save-status').innerText(), { timeout: 15_000 }).toBe(`Saved: ${SHORT_TITLE}`);
    await short.close();
    const before = await limit.read();
    expect(before.articles.map((a) => a.title)).toEqual([SHORT_TITLE]);

    const { page, tabId } = await openTab(ext.context, ext.worker, `${site.origin}/long.html`);
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 60_000 }).toContain(NO_ROOM);
    figures.faultsInjected++;
    // Saved again from the shortcut: the badge says the same.
    await pressShortcut(ext.worker, tabId);
    await expect.poll(() => badge(ext.worker, tabId), { timeout: 60_000 }).toEqual({ text: '!', title: `Not saved: ${NO_ROOM}` });
    figures.faultsInjected++;

    // The short note's page grows past the room left and is saved again: refused, its copy kept.
    note.body = longArticle(SHORT_TITLE);
    await shortTab.page.reload();
    await pressShortcut(ext.worker, shortTab.tabId);
    await expect.poll(() => badge(ext.worker, shortTab.tabId), { timeout: 60_000 }).toEqual({ text: '!', title: `Not saved: ${NO_ROOM}` });
    figures.faultsInjected++;

    const after = await limit.read();
    figures.dataLost += halfSaved(after).length;
    expect(halfSaved(after)).toEqual([]);
    figures.dataLost += before.articles.filter((a) => !after.articles.some((kept) => kept.id === a.id)).length;
    // The earlier article, record and body, exactly as it was; nothing of the long pages.
    expect(after.articles).toEqual(before.articles);
    expect(after.bodies).toEqual(before.bodies);
    expect(after.texts).toEqual(before.texts);
    figures.casesGenerated++;
  }, 180_000);
});
