import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Browser as WebExtensionAPI } from 'webextension-polyfill';
import { launchWithExtension, type ExtensionFirefox } from './support/firefox';
import { serve } from './support/server';
import { gif, serveImageHost, type ImageHost } from './support/image-host';

/** The extension API inside the popup page, where `popup.evaluate` callbacks run. */
declare const browser: WebExtensionAPI;

const PAGE_URL = 'http://garden.example.org/2025/05/drying-herbs.html';
const BYTES = { sage: gif(90, 140, 90), thyme: gif(60, 110, 70) };

const article = (IMG: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drying herbs on a string | Garden Log</title>
<link rel="canonical" href="${PAGE_URL}"></head><body><main><article>
<h1>Drying herbs on a string</h1>
<p>Sage and thyme dry well hung upside down in small bunches, somewhere airy and out of the sun. A kitchen string across a window frame is enough; the bunches should not touch, or the leaves in the middle stay damp and turn.</p>
<figure><img src="${IMG}/sage.gif" alt="Bunches of sage on a string"></figure>
<p>After ten days or so the leaves crumble between two fingers. Strip them from the stems over a sheet of paper and keep them in a jar with a tight lid, away from the stove, and label the jar with the month.</p>
<figure><img src="${IMG}/own-pages-only.gif" alt="A jar of thyme"></figure>
<figure><img src="${IMG}/not-an-image.gif" alt="The label"></figure>
<p>Rosemary is the exception: it keeps so well on the bush that drying it is hardly worth the string.</p>
</article></main></body></html>`;

let site: Awaited<ReturnType<typeof serve>>;
let host: ImageHost;
let IMG: string;
let ext: ExtensionFirefox;

beforeAll(async () => {
  host = await serveImageHost(['http://garden.example.org'], {
    '/sage.gif': { kind: 'image', body: BYTES.sage, type: 'image/gif' },
    '/own-pages-only.gif': { kind: 'own-pages-only', body: BYTES.thyme, type: 'image/gif' },
    '/not-an-image.gif': { kind: 'image', body: Buffer.from('<!doctype html><p>Sign in.</p>'), type: 'text/html' },
  });
  // Images straight from 127.0.0.1: here the extension's own fetches to named hosts never reached the test proxy (NetworkError).
  IMG = host.origin;
  site = await serve([{ path: new URL(PAGE_URL).pathname, body: article(IMG), headers: { 'content-security-policy': "img-src 'none'" } }]);
  // The test build holds host access to 127.0.0.1, as the user grants it from the popup.
  ext = await launchWithExtension(site.port, ['garden.example.org']);
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
  await site?.close();
});

const textOf = (page: Page, testId: string) => page.evaluate((id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.innerText ?? '', testId);

describe('Firefox: images kept with the article', () => {
  test('keeps the images, with the page as Referer where the host wants it, and reports the rest', async () => {
    const page = await ext.browser.newPage();
    await page.goto(PAGE_URL);
    const popup = await ext.openPopupFor(page);
    await expect.poll(() => textOf(popup, 'save-status'), { timeout: 30_000 }).toMatch(/^Saved: Drying herbs/);
    await expect.poll(() => textOf(popup, 'image-report-text')).toBe('1 of 3 images could not be saved.');
    const stored = await popup.evaluate(
      () =>
        new Promise<Array<{ url: string; bytes: number[] }>>((resolve, reject) => {
          const open = indexedDB.open('keepmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('images').objectStore('images').getAll();
            req.onsuccess = async () => resolve(await Promise.all(req.result.map(async (i: { url: string; blob: Blob }) => ({ url: i.url, bytes: [...new Uint8Array(await i.blob.arrayBuffer())] }))));
          };
        }),
    );
    expect(stored.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: `${IMG}/own-pages-only.gif`, bytes: [...BYTES.thyme] },
      { url: `${IMG}/sage.gif`, bytes: [...BYTES.sage] },
    ]);
    expect(host.requests.every((r) => r.referer === null || r.referer === PAGE_URL)).toBe(true);
    expect(host.requests.filter((r) => r.path === '/own-pages-only.gif').map((r) => [r.referer, r.status])).toEqual([
      [null, 403],
      [PAGE_URL, 200],
    ]);
    expect(await popup.evaluate(() => browser.declarativeNetRequest.getSessionRules())).toEqual([]);
  });
});
