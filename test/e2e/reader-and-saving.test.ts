import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serve, type ServedPage } from './support/server';

// A 1×1 PNG: what the test server answers for images, and what the library keeps for one of them.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');

const paragraphs = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} on ${topic}: the dough rests overnight in a cool room, the crumb opens when the starter is lively, and a hot oven with steam gives the crust its colour and its crackle.</p>`).join('\n');

/** An article page; `extra` goes inside the article. */
const articlePage = (title: string, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs(title, 6)}${extra}</article><footer>Footer text</footer></body></html>`;

const SIGN_IN = `<!doctype html><title>Sign in · Example</title><main><h1>Sign in</h1><p>Use your work account.</p><form><input name="user"><button>Next</button></form></main>`;

/** Everything a hostile article may try, pointed at the probe server that counts requests. */
function payloads(probe: string): string {
  return `
<script>window.keepmarkCanary = 'script'</script>
<img src="/img/missing.png" alt="broken" onerror="window.keepmarkCanary = 'onerror'">
<p><a id="js-link" href="javascript:window.keepmarkCanary = 'link'">A link that runs code</a></p>
<iframe srcdoc="<script>parent.keepmarkCanary = 'srcdoc'</script>"></iframe>
<svg><script>window.keepmarkCanary = 'svg'</script></svg>
<p style="background-image: url(${probe}/style-attribute.png)">A paragraph with a styled background.</p>
<style>article { background: url(${probe}/style-element.png) }</style>
<p><img src="${probe}/kept.png" alt="kept"> <img src="/img/remote.png" alt="remote"></p>`;
}

let site: Awaited<ReturnType<typeof serve>>;
let probe: Awaited<ReturnType<typeof serve>>;
let probeRequests: string[] = [];
const siteRequests: string[] = [];

beforeAll(async () => {
  probe = await serve([{ path: '/kept.png', body: PNG, type: 'image/png' }]);
  probe.server.prependListener('request', (req) => probeRequests.push(req.url ?? ''));
  const pages: ServedPage[] = [
    { path: '/payload.html', body: articlePage('Hydration and the open crumb', payloads(probe.origin)) },
    { path: '/selection.html', body: articlePage('Shaping a batard') },
    { path: '/linked.html', body: articlePage('Scoring patterns for country loaves') },
    { path: '/second.html', body: articlePage('Cold retarding in the fridge') },
    { path: '/sign-in.html', body: SIGN_IN },
    { path: '/img/remote.png', body: PNG, type: 'image/png' },
  ];
  site = await serve(pages);
  site.server.prependListener('request', (req) => siteRequests.push(req.url ?? ''));
});

afterAll(async () => {
  await site?.close();
  await probe?.close();
});

/** Runs `query` over the library's stores from the service worker. */
function articles(worker: Worker): Promise<Array<{ id: string; title: string; canonicalUrl: string; text: string; html: string }>> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('keepmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'bodies', 'texts']);
          const records = tx.objectStore('articles').getAll();
          const bodies = tx.objectStore('bodies').getAll();
          const texts = tx.objectStore('texts').getAll();
          const byId = (rows: IDBRequest<any[]>, id: string) => rows.result.find((row: any) => row.id === id);
          tx.oncomplete = () => resolve(records.result.map((r: any) => ({ ...r, ...byId(bodies, r.id), ...byId(texts, r.id) })));
        };
      }),
  );
}

/** Runs the listener the context-menu click runs, with the click's details. */
function clickMenu(worker: Worker, info: Record<string, unknown>, tabId: number): Promise<void> {
  return worker.evaluate(
    async ({ info, tabId }) => {
      const chrome = (globalThis as any).chrome;
      chrome.contextMenus.onClicked.dispatch(info, await chrome.tabs.get(tabId));
    },
    { info, tabId },
  );
}

/** The id of the tab showing `page`. */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const [tab] = await worker.evaluate(() => (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  return tab.id;
}

const badge = (worker: Worker, tabId: number) =>
  worker.evaluate(async (tabId) => {
    const action = (globalThis as any).chrome.action;
    return { text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, tabId);

describe('Chromium, shipped build: the reader, save selection, save link without access', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openReader(id: string | null): Promise<Page> {
    const reader = await ext.context.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/src/reader/reader.html${id === null ? '' : `?id=${encodeURIComponent(id)}`}`);
    return reader;
  }

  test('the shipped manifest asks for site access only as an optional permission', async () => {
    const manifest = (await ext.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest())) as Record<string, unknown>;
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  test('the reader shows a saved article with its kept image and never runs its code or fetches for it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/payload.html`);
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Hydration and the open crumb/);
    const saved = (await articles(ext.worker)).find((a) => a.title === 'Hydration and the open crumb')!;
    // The library keeps one image; the other stays remote, as the user chose.
    await ext.worker.evaluate(
      ({ id, url, bytes }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keepmark');
          open.onsuccess = () => {
            const tx = open.result.transaction('images', 'readwrite');
            tx.objectStore('images').put({ articleId: id, url, blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }), type: 'image/png' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { id: saved.id, url: `${probe.origin}/kept.png`, bytes: [...PNG] },
    );
    // The popup's Read opens the reader on that article, in a new tab.
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/reader/reader.html?id=') });
    await popup.getByTestId('article-row').filter({ hasText: 'Hydration and the open crumb' }).getByTestId('read').click();
    const fromPopup = await opened;
    expect(fromPopup.url()).toBe(`chrome-extension://${ext.extensionId}/src/reader/reader.html?id=${encodeURIComponent(saved.id)}`);
    await fromPopup.close();
    await page.close();
    await popup.close();
    await new Promise((r) => setTimeout(r, 300));
    probeRequests = [];

    const reader = await openReader(saved.id);
    await expect.poll(() => reader.getByTestId('reader-title').innerText()).toBe('Hydration and the open crumb');
    const text = await reader.getByTestId('reader-body').innerText();
    expect(text).toContain('Paragraph 6 on Hydration and the open crumb');
    expect(text).toContain('A paragraph with a styled background.');
    await expect.poll(() => reader.locator('img[alt="kept"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await reader.locator('img[alt="kept"]').getAttribute('src')).toMatch(/^blob:chrome-extension:/);
    await expect.poll(() => reader.locator('img[alt="remote"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await reader.locator('img[alt="remote"]').getAttribute('src')).toBe(`${site.origin}/img/remote.png`);
    await reader.getByText('A link that runs code').click();
    await new Promise((r) => setTimeout(r, 500));
    expect(await reader.evaluate(() => (window as any).keepmarkCanary)).toBeUndefined();
    expect(await reader.locator('[data-testid="reader-body"] :is(script, iframe, style, svg, [onerror], [style])').count()).toBe(0);
    expect(probeRequests).toEqual([]);
    expect(await reader.getByTestId('original').getAttribute('href')).toBe(`${site.origin}/payload.html`);

    await reader.getByTestId('export').click();
    await ext.downloaded(/hydration-and-the-open-crumb\.md$/);
    await expect.poll(() => reader.getByTestId('reader-status').innerText()).toMatch(/^Exported to .*hydration-and-the-open-crumb\.md$/);
  });

  test('a body that carries every payload as stored HTML is shown without running or fetching any of it', async () => {
    // Whatever extraction already dropped, the reader must hold on its own: store the raw payloads as the body.
    const first = (await articles(ext.worker)).find((a) => a.title === 'Hydration and the open crumb')!;
    await ext.worker.evaluate(
      ({ id, html }) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('keepmark');
          open.onsuccess = () => {
            const tx = open.result.transaction('bodies', 'readwrite');
            const store = tx.objectStore('bodies');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, html });
            tx.oncomplete = () => resolve();
          };
        }),
      { id: first.id, html: `<p>Visible sentence of the stored body.</p>${payloads(probe.origin)}` },
    );
    probeRequests = [];
    const reader = await openReader(first.id);
    await expect.poll(() => reader.getByTestId('reader-body').innerText()).toContain('Visible sentence of the stored body.');
    await reader.getByText('A link that runs code').click();
    await new Promise((r) => setTimeout(r, 500));
    expect(await reader.evaluate(() => (window as any).keepmarkCanary)).toBeUndefined();
    expect(await reader.locator('[data-testid="reader-body"] :is(script, iframe, style, svg, [onerror], [style])').count()).toBe(0);
    // The probe's one image is kept in the library: the reader shows that copy, so the probe hears nothing.
    expect(probeRequests).toEqual([]);
  });

  test('the reader page itself refuses inline styles, scripts and connections (its Content-Security-Policy)', async () => {
    const reader = await openReader(null);
    await expect.poll(() => reader.getByTestId('reader-message').innerText()).not.toBe('');
    probeRequests = [];
    const fetched = await reader.evaluate(async (probeOrigin) => {
      // Around the sanitiser, straight into the page, as a bug in it would.
      document.body.insertAdjacentHTML('beforeend', `<p id="csp" style="background-image: url(${probeOrigin}/csp-style.png)">x</p>`);
      const script = document.createElement('script');
      script.textContent = "window.keepmarkCanary = 'inline'";
      document.body.append(script);
      return fetch(`${probeOrigin}/csp-fetch`).then(
        () => 'fetched',
        () => 'refused',
      );
    }, probe.origin);
    await new Promise((r) => setTimeout(r, 500));
    expect(fetched).toBe('refused');
    expect(await reader.evaluate(() => (window as any).keepmarkCanary)).toBeUndefined();
    expect(probeRequests).toEqual([]);
  });

  test('a missing or unknown article id gets a clear message', async () => {
    const noId = await openReader(null);
    await expect.poll(() => noId.getByTestId('reader-message').innerText()).toMatch(/No article was named/);
    const unknown = await openReader('no-such-article');
    await expect.poll(() => unknown.getByTestId('reader-message').innerText()).toMatch(/not in your library/);
  });

  test('"Save selection" saves just the selected passage, apart from the whole page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/selection.html`);
    // The toolbar click grants activeTab (as the menu click would) and saves the whole page.
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Shaping a batard/);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelectorAll('article p')[2]);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await tabIdOf(ext.worker, page);
    await clickMenu(ext.worker, { menuItemId: 'save-selection', pageUrl: page.url(), selectionText: 'Paragraph 3', editable: false }, tabId);
    await expect.poll(async () => (await articles(ext.worker)).filter((a) => a.title === 'Shaping a batard').length).toBe(2);
    const selection = (await articles(ext.worker)).find((a) => a.title === 'Shaping a batard' && a.canonicalUrl.includes('#:~:text='))!;
    expect(selection.text).toBe('Paragraph 3 on Shaping a batard: the dough rests overnight in a cool room, the crumb opens when the starter is lively, and a hot oven with steam gives the crust its colour and its crackle.');
    expect(selection.canonicalUrl).toMatch(new RegExp(`^${site.origin}/selection.html#:~:text=Paragraph%203%20on%20Shaping%20a,its%20colour%20and%20its%20crackle\\.$`));
    await expect.poll(() => badge(ext.worker, tabId)).toEqual({ text: '✓', title: 'Saved to Keepmark: Shaping a batard' });
  });

  test('"Save link" without access to the site says so on the badge and fetches nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/selection.html`);
    const tabId = await tabIdOf(ext.worker, page);
    siteRequests.length = 0;
    await clickMenu(ext.worker, { menuItemId: 'save-link', pageUrl: page.url(), linkUrl: `${site.origin}/linked.html`, editable: false }, tabId);
    await expect.poll(() => badge(ext.worker, tabId)).toEqual({ text: '!', title: 'Not saved: Keepmark may not read 127.0.0.1: allow it when the browser asks, then save the link again.' });
    expect(siteRequests).not.toContain('/linked.html');
    expect((await articles(ext.worker)).some((a) => a.title === 'Scoring patterns for country loaves')).toBe(false);
  });
});

describe('Chromium, with site access granted: save link and save all tabs', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension([], { grantHosts: ['http://*/*', 'https://*/*'] });
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('"Save link" fetches the linked page in the background, without opening it, and saves its article', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/selection.html`);
    const tabId = await tabIdOf(ext.worker, page);
    const tabsBefore = await ext.worker.evaluate(() => (globalThis as any).chrome.tabs.query({}).then((t: unknown[]) => t.length));
    siteRequests.length = 0;
    await clickMenu(ext.worker, { menuItemId: 'save-link', pageUrl: page.url(), linkUrl: `${site.origin}/linked.html`, editable: false }, tabId);
    await expect.poll(() => badge(ext.worker, tabId)).toEqual({ text: '✓', title: 'Saved to Keepmark: Scoring patterns for country loaves' });
    expect(siteRequests).toContain('/linked.html');
    const saved = (await articles(ext.worker)).find((a) => a.title === 'Scoring patterns for country loaves')!;
    expect(saved.text).toContain('Paragraph 6 on Scoring patterns for country loaves');
    expect(await ext.worker.evaluate(() => (globalThis as any).chrome.tabs.query({}).then((t: unknown[]) => t.length))).toBe(tabsBefore);
  });

  test('"Save link" on a link to an image says it is not a web page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/selection.html`);
    const tabId = await tabIdOf(ext.worker, page);
    await clickMenu(ext.worker, { menuItemId: 'save-link', pageUrl: page.url(), linkUrl: `${site.origin}/img/remote.png`, editable: false }, tabId);
    await expect.poll(() => badge(ext.worker, tabId)).toEqual({ text: '!', title: 'Not saved: The link is not a web page (image/png): Keepmark saves web articles.' });
  });

  test('"Save all tabs" saves every article tab with progress, and counts the page that is not an article', async () => {
    const urls = ['/second.html', '/sign-in.html', '/selection.html'].map((path) => `${site.origin}${path}`);
    const pages: Page[] = [];
    for (const url of urls) {
      const page = await ext.context.newPage();
      await page.goto(url);
      pages.push(page);
    }
    const popup = await ext.clickToolbarButton(pages[2]);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: Shaping a batard/);
    const windowTabs = (await ext.worker.evaluate(async (url) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.tabs.query({ windowId: tab.windowId })).map((t: { url: string }) => t.url);
    }, urls[2])) as string[];
    expect(windowTabs).toEqual(expect.arrayContaining(urls));
    await popup.getByTestId('save-all-tabs').click();
    const status = popup.getByTestId('save-status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/^Saved \d+ of \d+ tabs/);
    const headline = await status.innerText();
    const [, kept, total] = headline.match(/^Saved (\d+) of (\d+) tabs/)!.map(Number);
    expect(total).toBe(windowTabs.length);
    expect(headline).toContain('1 is not an article.');
    const problems = await popup.getByTestId('batch-problems').locator('li').allInnerTexts();
    expect(problems).toContain('Sign in · Example: not an article, so not saved (open it and use “Save anyway” to keep it).');
    // Every tab is accounted for: saved, not an article, or failed with its reason.
    expect(kept + problems.length).toBe(total);
    const titles = (await articles(ext.worker)).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Cold retarding in the fridge', 'Shaping a batard']));
    expect(titles).not.toContain('Sign in');
  });
});
