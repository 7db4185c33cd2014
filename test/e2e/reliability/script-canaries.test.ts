// A saved page full of script payloads, then every extension page that shows saved articles: a
// canary global the payloads would set stays unset there, and a loopback port they would call
// gets no request. The exported Markdown carries none of them in a runnable form.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { serve } from '../support/server';
import { articlePage, libraryReader } from '../support/library';
import { executableForms } from '../../reliability/executable';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();

/**
 * Extension pages that show saved articles, by path, given the saved article's id. Each is opened
 * after the save and must run none of the article's payloads. A new page is one line here.
 */
const PAGES_SHOWING_ARTICLES: Array<{ name: string; path: (id: string) => string }> = [
  // The popup as a page acting on no tab: it lists the library (and says there is nothing to save).
  { name: 'popup', path: () => 'src/popup/popup.html?tab=-1' },
  // The reader shows the stored article HTML itself, sanitised.
  { name: 'reader', path: (id) => `src/reader/reader.html?id=${encodeURIComponent(id)}` },
];

const CANARY = '__keepmarkCanary';
let canaryHits: string[] = [];
let canary: Awaited<ReturnType<typeof serve>>;
let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;

/** The payloads, each setting the canary global and calling the canary port when it runs. */
function payloads(port: number): string[] {
  const hit = (name: string) => `window.${CANARY}='${name}';fetch('http://127.0.0.1:${port}/${name}')`;
  return [
    `<script>${hit('script')}</script>`,
    `<img src="/missing.png" onerror="${hit('onerror')}">`,
    `<p onmouseover="${hit('handler')}">hover text</p>`,
    `<a href="javascript:${hit('javascript-link')}">a javascript link</a>`,
    `<a href="data:text/html,<script>${hit('data-link')}</script>">a data link</a>`,
    `<iframe src="data:text/html,<script>parent.${CANARY}=1;fetch('http://127.0.0.1:${port}/data-frame')</script>"></iframe>`,
    `<iframe srcdoc="<script>parent.${CANARY}=1;fetch('http://127.0.0.1:${port}/srcdoc')</script>"></iframe>`,
    `<svg><script>${hit('svg-script')}</script><image href="/x.png" onerror="${hit('svg-onerror')}"/></svg>`,
    `<span style="background:url(http://127.0.0.1:${port}/css-url)">styled</span>`,
    `<style>article{background:url(http://127.0.0.1:${port}/css-sheet)}</style>`,
    `<object data="javascript:${hit('object')}"></object>`,
    `<details open ontoggle="${hit('ontoggle')}"><summary>more</summary>inside</details>`,
  ];
}

beforeAll(async () => {
  canary = await serve([]);
  canary.server.prependListener('request', (req) => void canaryHits.push(req.url ?? '?'));
  const title = `<script>${CANARY}=1</script><img src=x onerror=${CANARY}=1><img src=http://127.0.0.1:${canary.port}/title-image> Payload page`;
  const page = articlePage('canary', title.replace(/</g, '&lt;')).replace('<p>Marker-canary-end.</p>', `${payloads(canary.port).join('\n')}<p>Marker-canary-end.</p>`);
  // The page's own policy keeps the payloads from running in the page itself: only a run inside
  // Keepmark could set the canary or reach the port.
  site = await serve([
    { path: '/payloads.html', body: page, headers: { 'content-security-policy': "default-src 'none'" } },
    { path: '/unguarded.html', body: `<!doctype html><title>Unguarded</title>${payloads(canary.port).join('\n')}` },
  ]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  saveFigures('script-canaries', figures);
  await ext?.close();
  await site?.close();
  await canary?.close();
});

describe('Chromium: a saved page’s scripts never run in Keepmark’s pages', () => {
  let articleId: string;

  test('the page is saved through the real popup, which runs none of it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/payloads.html`);
    expect(canaryHits).toEqual([]); // the page's policy held in the page itself
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: .*Payload page/);
    await expect.poll(() => popup.getByTestId('article-row').count()).toBe(1);
    figures.payloadsTried = payloads(canary.port).length + 1; // and the title
    const popupCanary = await popup.evaluate((name) => (globalThis as any)[name], CANARY);
    if (popupCanary !== undefined) figures.scriptsExecuted++;
    expect(popupCanary).toBeUndefined();
    await popup.getByTestId('export-md').click();
    const markdown = await readFile(await ext.downloaded(/payload-page\.md$/), 'utf8');
    expect(markdown).toContain('Marker-canary-end.');
    const runnable = executableForms(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    await new Promise((resolve) => setTimeout(resolve, 500));
    figures.scriptsExecuted += runnable.length + canaryHits.length;
    expect(runnable).toEqual([]);
    expect(canaryHits).toEqual([]);
    const { read } = await libraryReader(ext.context, ext.extensionId);
    articleId = (await read()).articles[0].id;
  });

  for (const { name, path } of PAGES_SHOWING_ARTICLES) {
    test(`${name}: the canary stays unset and its port gets no request`, async () => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${path(articleId)}`);
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('body').innerText()).toContain('Payload page');
      await page.mouse.move(10, 10);
      await page.mouse.move(200, 200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const set = await page.evaluate((n) => (globalThis as any)[n], CANARY);
      figures.scriptsExecuted += (set === undefined ? 0 : 1) + canaryHits.length;
      expect(set).toBeUndefined();
      expect(canaryHits).toEqual([]);
    });
  }

  test('the canary can fire: the same payloads in a page without a policy set it and call the port', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/unguarded.html`);
    await expect.poll(() => canaryHits.length, { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await page.evaluate((n) => (globalThis as any)[n], CANARY)).toBeDefined();
    canaryHits = [];
  });
});

test('the extension pages keep Manifest V3’s default policy or a stricter one', () => {
  for (const browser of ['chrome', 'firefox']) {
    const manifest = JSON.parse(readFileSync(new URL(`../../../dist/${browser}/manifest.json`, import.meta.url), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    const policy: string | undefined = manifest.content_security_policy?.extension_pages;
    // MV3's default is "script-src 'self'; object-src 'self'" (wasm-unsafe-eval aside); anything set must not loosen it.
    if (policy !== undefined) {
      expect(policy).toMatch(/script-src 'self'(?! [^;]*(unsafe-inline|unsafe-eval|https?:|\*))/);
    }
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/unsafe-(inline|eval)/);
  }
});
