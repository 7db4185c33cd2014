// The popup as a library in real Chromium: three saved pages (one Chinese) found by their text,
// tagged, filtered by that tag, picked several at a time for export and delete, driven from the keyboard, and read
// offline in the reader with their images once the pages' host is gone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serve } from './support/server';

// A 1×1 PNG, the one image of each page; the library keeps a copy of it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
const HOST = 'field-notes.example.net';

/** An article page of a small blog, with one figure. */
const page = (lang: string, title: string, paragraphs: string[], image: string, published: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Field Notes"><meta property="article:published_time" content="${published}"></head>
<body><header><a href="/">Field Notes</a></header><main><article><h1>${title}</h1>
${paragraphs.map((p, i) => (i === 1 ? `<figure><img src="/img/${image}" alt="${image}" width="1" height="1"></figure><p>${p}</p>` : `<p>${p}</p>`)).join('\n')}
</article></main><footer>Written by hand.</footer></body></html>`;

const TIDES = page('en', 'Reading a tide table before a coastal walk', [
  'A tide table lists the high and low waters of each day, and the walker who reads it the night before can cross the sandbar with an hour to spare instead of wading back through the channel.',
  'Spring tides follow the full and the new moon, so the range between high and low water is widest then, and the causeway floods sooner than the printed times suggest when a westerly wind piles the sea against the shore.',
  'Write the turning times on the back of your hand; a phone in a wet pocket is no help when the water starts to rise around the rocks of the point.',
], 'tides.png', '2025-05-01T07:30:00Z');
const LICHEN = page('en', 'Lichens on the churchyard wall', [
  'Lichens grow so slowly on old stone that a patch the size of a coin may be older than the wall’s last repair, and their crusts of orange and grey map which side of the wall stays damp.',
  'The orange kinds like walls where birds perch, because droppings feed them, while the pale grey rosettes prefer the shaded north face where the mortar never quite dries.',
  'A hand lens and a notebook are all a survey needs; count the species on one square metre and come back in ten years to see which ones crept outward.',
], 'lichen.png', '2024-11-03T16:00:00Z');
// Chinese paragraphs long enough to read as an article (the readerable check counts characters).
const TEA = page('zh-CN', '在山里做一次冷泡茶', [
  '冷泡茶要用山泉水，把茶叶放进玻璃瓶里，在溪水边放上一整夜，第二天早上的味道清甜又不苦涩，适合带着走一整天的山路。出发前一天晚上准备好茶叶和瓶子，按照每人一升的量来算，路上休息的时候倒出来分给同伴，大家都说比买来的饮料好喝得多。走在林间小路上的时候，偶尔停下来喝一口，凉意从喉咙一直落到心里，比什么都解渴。',
  '绿茶和乌龙都可以冷泡，茶叶的分量比热泡多一点，瓶子要先用开水烫过，回到营地以后记得把剩下的茶渣埋好，不要留在溪边。冷泡出来的茶颜色比较浅，香气却很干净，喝完以后嘴里会留下淡淡的回甘，这是热水冲泡时很难得到的味道。营地附近常常有松鼠和小鸟，吃完饭以后把垃圾装进袋子带走，让下一个来这里的人也能看到干净的溪流。',
  '如果天气太热，可以把瓶子用湿毛巾包起来挂在背包外面，风吹过的时候水会慢慢变凉，到了山顶正好可以喝。下山以后把瓶子洗干净晾干，下次再用之前闻一闻有没有异味，玻璃瓶比塑料瓶更容易保持干净，也不会让茶带上别的气味。山顶的风很大，找一块背风的石头坐下来，看着远处的云慢慢散开，手里的那瓶茶就是一天里最好的奖励。',
], 'tea.png', '2025-02-10T09:00:00+08:00');

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  site = await serve([
    { path: '/tides.html', body: TIDES },
    { path: '/lichen.html', body: LICHEN },
    { path: '/cold-brew.html', body: TEA },
    ...['tides.png', 'lichen.png', 'tea.png'].map((name) => ({ path: `/img/${name}`, body: PNG, type: 'image/png' })),
  ]);
  // Site access granted up front (the user's "yes" to the image prompt), so each page's image is kept.
  ext = await launchWithExtension([`MAP ${HOST} 127.0.0.1:${site.port}`], { grantHosts: ['http://*/*', 'https://*/*'] });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

const rows = () => popup.getByTestId('article-row');
const titles = () => rows().locator('.title').allInnerTexts();

let lastTab: Page;

async function saveFromToolbar(path: string, title: string): Promise<void> {
  const tab = (lastTab = await ext.context.newPage());
  await tab.goto(`http://${HOST}${path}`);
  popup = await ext.clickToolbarButton(tab);
  // The tab stays open: closing it would close its popup.
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 20_000 }).toBe(`Saved: ${title}`);
}

/** Opens the popup again on the newest article's tab (a download closes the popup); the re-save keeps the order. */
async function reopenPopup(): Promise<void> {
  await lastTab.bringToFront();
  popup = await ext.clickToolbarButton(lastTab);
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 20_000 }).toMatch(/^Updated: /);
}

describe('Chromium: the popup library', () => {
  test('saves three pages, one Chinese, and finds each by a word of its body (the Chinese one by two characters)', async () => {
    await saveFromToolbar('/tides.html', 'Reading a tide table before a coastal walk');
    await saveFromToolbar('/lichen.html', 'Lichens on the churchyard wall');
    await saveFromToolbar('/cold-brew.html', '在山里做一次冷泡茶');
    await expect.poll(titles).toEqual(['在山里做一次冷泡茶', 'Lichens on the churchyard wall', 'Reading a tide table before a coastal walk']);
    const search = popup.getByTestId('search');
    for (const [query, title] of [
      ['sandbar', 'Reading a tide table before a coastal walk'],
      ['mortar', 'Lichens on the churchyard wall'],
      ['溪水', '在山里做一次冷泡茶'],
      ['茶渣', '在山里做一次冷泡茶'],
    ]) {
      await search.fill(query);
      await expect.poll(titles, { message: query }).toEqual([title]);
    }
    await search.fill('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  test('the popup draws its first rows as it last showed them, before the library has answered', async () => {
    const page = await ext.context.newPage();
    try {
      // IndexedDB cannot be opened in this page: any row it shows comes from the remembered first screen.
      await page.addInitScript(() => {
        indexedDB.open = () => new EventTarget() as IDBOpenDBRequest;
      });
      await page.goto(`chrome-extension://${ext.extensionId}/src/popup/popup.html`);
      const shown = () => page.getByTestId('article-row').locator('.title').allTextContents();
      await expect.poll(shown).toEqual(['在山里做一次冷泡茶', 'Lichens on the churchyard wall', 'Reading a tide table before a coastal walk']);
      // Without one, nothing is drawn until the library answers.
      await page.evaluate(() => localStorage.removeItem('firstScreen'));
      await page.reload();
      await page.waitForTimeout(500);
      expect(await page.getByTestId('article-row').count()).toBe(0);
    } finally {
      // Closed whatever happened: a popup page left open would be taken for the toolbar's popup below.
      await page.close();
    }
    // The toolbar popup closed when the other page took the focus.
    await reopenPopup();
  });

  test('a tag added to one article finds it and only it', async () => {
    const row = rows().filter({ hasText: 'Lichens on the churchyard wall' });
    await row.getByTestId('tags').fill('survey');
    await row.getByTestId('tags').press('Enter');
    await popup.getByTestId('search').fill('survey');
    await expect.poll(titles).toEqual(['Lichens on the churchyard wall']);
    await popup.getByTestId('search').fill('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  test('the filter shows one tag’s or one site’s articles, and narrows a search', async () => {
    const filter = popup.getByTestId('filter');
    await expect.poll(() => filter.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', 'tag:survey', 'site:Field Notes']);
    await filter.selectOption('tag:survey');
    await expect.poll(titles).toEqual(['Lichens on the churchyard wall']);
    // A search within the tag: a word of another article finds nothing here.
    await popup.getByTestId('search').fill('sandbar');
    await expect.poll(() => popup.getByTestId('no-match').isVisible()).toBe(true);
    await expect.poll(() => rows().count()).toBe(0);
    await popup.getByTestId('search').fill('');
    await filter.selectOption('site:Field Notes');
    await expect.poll(() => rows().count()).toBe(3);
    await filter.selectOption('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  test('the order menu lists the newest published first, and a new popup remembers it', async () => {
    const order = popup.getByTestId('order');
    await order.selectOption('published');
    const byPublished = ['Reading a tide table before a coastal walk', '在山里做一次冷泡茶', 'Lichens on the churchyard wall'];
    await expect.poll(titles).toEqual(byPublished);
    await reopenPopup();
    await expect.poll(() => popup.getByTestId('order').inputValue()).toBe('published');
    await expect.poll(titles).toEqual(byPublished);
    await popup.getByTestId('order').selectOption('saved');
    await expect.poll(titles).toEqual(['在山里做一次冷泡茶', 'Lichens on the churchyard wall', 'Reading a tide table before a coastal walk']);
  });

  test('ticked articles export as one zip and delete together, with one Undo for all', async () => {
    await rows().filter({ hasText: 'Reading a tide table' }).getByTestId('select').check();
    await rows().filter({ hasText: '冷泡茶' }).getByTestId('select').check();
    await expect.poll(() => popup.getByTestId('selection-count').innerText()).toBe('2 selected');
    await popup.getByTestId('export-selected').click();
    const zip = unzipSync(new Uint8Array(await readFile(await ext.downloaded(/keepmark-articles-\d{4}-\d{2}-\d{2}\.zip$/))));
    const posts = Object.keys(zip).filter((name) => name.endsWith('.md'));
    expect(posts).toHaveLength(2);
    expect(posts.some((name) => /reading-a-tide-table/.test(name))).toBe(true);
    expect(posts.some((name) => /冷泡茶/.test(name))).toBe(true);
    await reopenPopup();
    await rows().filter({ hasText: 'Reading a tide table' }).getByTestId('select').check();
    await rows().filter({ hasText: '冷泡茶' }).getByTestId('select').check();

    await popup.getByTestId('delete-selected').click();
    await expect.poll(titles).toEqual(['Lichens on the churchyard wall']);
    expect(await popup.getByTestId('undo').innerText()).toMatch(/^Deleted 2 articles\./);
    expect(await popup.getByTestId('selection').isVisible()).toBe(false);
    await popup.getByTestId('undo-button').click();
    await expect.poll(titles).toEqual(['在山里做一次冷泡茶', 'Lichens on the churchyard wall', 'Reading a tide table before a coastal walk']);

    // "Select all" ticks every row shown, and a second click unticks them.
    await popup.getByTestId('select-all').check();
    await expect.poll(() => popup.getByTestId('selection-count').innerText()).toBe('3 selected');
    await popup.getByTestId('select-all').uncheck();
    await expect.poll(() => popup.getByTestId('selection').isVisible()).toBe(false);
  });

  test('the keyboard: / searches, arrows move, Delete deletes with Undo, Escape clears, Enter reads', async () => {
    const focusedTitle = () => popup.evaluate(() => (document.activeElement as HTMLElement).querySelector('.title')?.textContent);
    await popup.locator('body').click({ position: { x: 5, y: 5 } });
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedTitle()).toBe('在山里做一次冷泡茶');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedTitle()).toBe('Lichens on the churchyard wall');

    await popup.keyboard.press('Delete');
    await expect.poll(titles).toEqual(['在山里做一次冷泡茶', 'Reading a tide table before a coastal walk']);
    // Focus stays in the list, on the row that took the deleted one's place.
    await expect.poll(focusedTitle).toBe('Reading a tide table before a coastal walk');
    await popup.getByTestId('undo-button').click();
    await expect.poll(() => rows().count()).toBe(3);

    await popup.getByTestId('search').fill('sandbar');
    await expect.poll(() => rows().count()).toBe(1);
    await popup.keyboard.press('Escape');
    expect(await popup.getByTestId('search').inputValue()).toBe('');
    await expect.poll(() => rows().count()).toBe(3);

    await popup.getByTestId('search').focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    expect(await focusedTitle()).toBe('在山里做一次冷泡茶');
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/reader/reader.html?id=') });
    // The popup closes as the reader's tab takes the focus, so the key press may not see its page again.
    void popup.keyboard.press('Enter').catch(() => undefined);
    const reader = await opened;
    await expect.poll(() => reader.getByTestId('reader-title').innerText()).toBe('在山里做一次冷泡茶');
    await reader.close();
  });

  test('the reader shows the Chinese article with its image after the page’s host is gone', async () => {
    await reopenPopup();
    const id = await rows().filter({ hasText: '冷泡茶' }).getAttribute('data-id');
    // The host goes away: its server stops and drops the connections the browser kept open.
    const closed = site.close();
    site.server.closeAllConnections();
    await closed;
    const reader = await ext.context.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/src/reader/reader.html?id=${encodeURIComponent(id!)}`);
    await expect.poll(() => reader.getByTestId('reader-title').innerText()).toBe('在山里做一次冷泡茶');
    expect(await reader.getByTestId('reader-body').innerText()).toContain('把茶叶放进玻璃瓶里');
    const image = reader.locator('img[alt="tea.png"]');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await image.getAttribute('src')).toMatch(/^blob:chrome-extension:/);
  });

  test('the title is edited and a note added from the popup: both stored, the title searchable, the note exported', async () => {
    await reopenPopup();
    const row = rows().filter({ hasText: 'Lichens on the churchyard wall' });
    await row.getByTestId('edit').click();
    await row.getByTestId('edit-title').fill('');
    await row.getByTestId('edit-save').click();
    await expect.poll(() => row.locator('.edit-problem').innerText()).toBe('A title cannot be empty.');
    await row.getByTestId('edit-title').fill('Lichens on the old churchyard wall');
    await row.getByTestId('edit-note').fill('Survey the north face again in spring.');
    await row.getByTestId('edit-save').click();
    const edited = rows().filter({ hasText: 'Lichens on the old churchyard wall' });
    await expect.poll(() => edited.getByTestId('note').innerText()).toBe('Survey the north face again in spring.');
    await popup.getByTestId('search').fill('old churchyard');
    await expect.poll(titles).toEqual(['Lichens on the old churchyard wall']);
    await edited.getByTestId('select').check();
    await popup.getByTestId('export-selected').click();
    const zip = unzipSync(new Uint8Array(await readFile(await ext.downloaded(/keepmark-articles-\d{4}-\d{2}-\d{2} \(1\)\.zip$/))));
    const [post] = Object.entries(zip).filter(([name]) => name.endsWith('.md'));
    expect(post[0]).toMatch(/lichens-on-the-old-churchyard-wall\.md$/);
    expect(new TextDecoder().decode(post[1])).toMatch(/\n---\n\n> \*\*Note:\*\* Survey the north face again in spring\.\n\nLichens grow so slowly/);
  });
});
