import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionFirefox } from './support/firefox';
import { serve } from './support/server';

const ARTICLE_URL = 'http://notes.example.org/2025/bread/starter.html';
const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Part ${i + 1}: a starter fed twice a day at room temperature doubles in about six hours and smells mildly of yoghurt.</p>`).join('');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keeping a starter alive</title></head><body><article><h1>Keeping a starter alive</h1>${paragraphs}
<p><img src="/missing.png" alt="broken" onerror="window.keepmarkCanary = 'onerror'"></p></article></body></html>`;

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionFirefox;

beforeAll(async () => {
  site = await serve([{ path: new URL(ARTICLE_URL).pathname, body: PAGE }]);
  ext = await launchWithExtension(site.port, ['notes.example.org']);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

const textOf = (page: Awaited<ReturnType<ExtensionFirefox['openExtensionPage']>>, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? '', selector);

test('Firefox: the reader shows a saved article, sanitised, under its own Content-Security-Policy', async () => {
  const page = await ext.browser.newPage();
  await page.goto(ARTICLE_URL);
  const popup = await ext.openPopupFor(page);
  await expect.poll(() => textOf(popup, '[data-testid="save-status"]'), { timeout: 15_000 }).toMatch(/^Saved: Keeping a starter alive/);
  // The popup reports the save, then lists the library again: wait for the row.
  const rowId = () => popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="article-row"]')?.dataset.id ?? '');
  await expect.poll(rowId).not.toBe('');
  const id = await rowId();
  const reader = await ext.openExtensionPage(`src/reader/reader.html?id=${encodeURIComponent(id)}`);
  await expect.poll(() => textOf(reader, '[data-testid="reader-title"]')).toBe('Keeping a starter alive');
  expect(await textOf(reader, '[data-testid="reader-body"]')).toContain('Part 6: a starter fed twice a day');
  expect(await reader.evaluate(() => document.querySelectorAll('[data-testid="reader-body"] [onerror]').length)).toBe(0);
  expect(await reader.evaluate(() => (window as unknown as { keepmarkCanary?: string }).keepmarkCanary)).toBeUndefined();
  // The page's own policy refuses an inline style put in around the sanitiser.
  const blocked = await reader.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
        setTimeout(() => resolve(false), 1000);
      }),
  );
  expect(blocked).toBe(true);
});
