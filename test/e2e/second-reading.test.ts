// The pages whose article Keepmark reads twice, saved from the toolbar in real Chromium: the content
// script's second reading (Defuddle) runs on another copy of the live page, and the export holds
// what the page fixtures hold.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { fixturePage, serve } from './support/server';

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;

beforeAll(async () => {
  site = await serve([
    { path: '/', body: await fixturePage('service-landing') },
    { path: '/products/ridge-daypack-22l', body: await fixturePage('shop-quick-order') },
  ]);
  ext = await launchWithExtension([`MAP ledgerly-books.example.com 127.0.0.1:${site.port}`, `MAP fellside-outdoor.example.com 127.0.0.1:${site.port}`]);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/**
 * Saves `url` from the toolbar and returns the exported post's body (after its front matter). Neither
 * page reads as an article to the readerable check, so the popup asks first, and the user says yes.
 */
async function savedBody(url: string, title: string, file: RegExp): Promise<string> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const popup = await ext.clickToolbarButton(page);
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 20_000 }).toMatch(/does not look like an article/);
  await popup.getByRole('button', { name: 'Save anyway' }).click();
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 20_000 }).toBe(`Saved: ${title}`);
  await popup.getByTestId('article-row').filter({ hasText: title }).getByTestId('export-md').click();
  const text = await readFile(await ext.downloaded(file), 'utf8');
  // The test's server speaks http; the fixture's address, which its expected post was written with, is https.
  const host = new URL(url).host;
  return text.replace(/^---\n[\s\S]*?\n---\n\n/, '').replaceAll(`http://${host}/`, `https://${host}/`);
}

/** The body of a page fixture's expected post, as the CLI's pipeline writes it. */
async function fixtureBody(name: string): Promise<string> {
  const text = await readFile(new URL(`../fixtures/${name}/expected.md`, import.meta.url), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

describe('Chromium: pages read a second time', () => {
  test('a landing page of sections is saved whole, as the CLI saves it', async () => {
    const body = await savedBody('http://ledgerly-books.example.com/', 'Bookkeeping for small workshops', /bookkeeping-for-small-workshops\.md$/);
    expect(body).toContain('## Getting started');
    expect(body).toContain('## Everything else we handle');
    expect(body).toBe(await fixtureBody('service-landing'));
  });

  test("a product page is saved as its description, not its order form, as the CLI saves it", async () => {
    const body = await savedBody('http://fellside-outdoor.example.com/products/ridge-daypack-22l', 'Ridge Daypack 22L', /ridge-daypack-22l\.md$/);
    expect(body).toBe(await fixtureBody('shop-quick-order'));
  });
});
