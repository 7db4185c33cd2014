import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { fixturePage, serve } from './support/server';

const CSDN_PATH = '/gopher_notes/article/details/131200457';
const BLOG_PATH = '/2024/03/tiny-rate-limiter.html';

// A sign-in page: a little text, nothing that reads like an article.
const NOT_AN_ARTICLE = `<!doctype html><title>Sign in · Example</title><nav><a href="/">Home</a> <a href="/help">Help</a></nav>
<main><h1>Sign in</h1><p>Use your work account to continue.</p><form><input name="user"><button>Next</button></form></main>`;

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;

beforeAll(async () => {
  site = await serve([
    { path: CSDN_PATH, body: await fixturePage('csdn-article') },
    { path: BLOG_PATH, body: await fixturePage('personal-blog') },
    { path: '/not-an-article.html', body: NOT_AN_ARTICLE },
  ]);
  // The real host names, so the CSDN adapter runs as it would on the live site.
  ext = await launchWithExtension([`MAP blog.csdn.net 127.0.0.1:${site.port}`, `MAP notes.example.org 127.0.0.1:${site.port}`]);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** Opens `url` in a tab, clicks the toolbar button and waits for the popup to report the save. */
async function saveWithToolbarButton(url: string, expected: RegExp) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const popup = await ext.clickToolbarButton(page);
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(expected);
  return { page, popup };
}

describe('Chromium: save from the toolbar, list and export in the popup', () => {
  test('saves two articles and lists both, newest first', async () => {
    await saveWithToolbarButton(`http://blog.csdn.net${CSDN_PATH}`, /Saved: 用 Go 的 context 优雅地取消后台任务/);
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Saved: A rate limiter in forty lines/);
    await expect.poll(() => popup.getByTestId('article-row').count()).toBe(2);
    const titles = await popup.getByTestId('article-row').locator('.title').allInnerTexts();
    expect(titles).toEqual(['A rate limiter in forty lines', '用 Go 的 context 优雅地取消后台任务']);
    await popup.screenshot({ path: new URL('../../docs/popup.png', import.meta.url).pathname });
  });

  test('exports one article as a Jekyll post with front matter and a clean body', async () => {
    const { popup } = await saveWithToolbarButton(`http://blog.csdn.net${CSDN_PATH}`, /Updated: 用 Go 的 context/);
    await expect.poll(() => popup.getByTestId('article-row').count()).toBe(2);
    const row = popup.getByTestId('article-row').filter({ hasText: '用 Go 的 context' });
    await row.getByTestId('export-md').click();
    const file = await ext.downloaded(/2023-06-12-用-go-的-context-优雅地取消后台任务\.md$/);
    const text = await readFile(file, 'utf8');
    const [, yaml, body] = text.match(/^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/)!;
    const front = parseYaml(yaml);
    expect(Object.keys(front)).toEqual(['layout', 'title', 'date', 'description', 'keywords', 'categories', 'tags', 'artid', 'image', 'source', 'render_with_liquid']);
    expect(front).toMatchObject({
      layout: 'post',
      title: '用 Go 的 context 优雅地取消后台任务',
      date: '2023-06-12 09:41:07 +0800',
      keywords: 'golang context 取消, Go 并发',
      categories: ['Go 并发编程'],
      tags: ['golang', '并发', 'context'],
      artid: '131200457',
      render_with_liquid: false,
    });
    expect(body).toContain('```go\nfunc poll(ctx context.Context, every time.Duration) error {');
    expect(body).toContain('| `WithTimeout` | 超过给定时长时 |');
    for (const furniture of ['登录后复制', '热门文章', '评论', '阅读全文', 'channel 关闭的三条规矩', '立即登录', '关于我们']) expect(body).not.toContain(furniture);
  });

  test('a re-save updates the article instead of adding a second copy', async () => {
    const count = await ext.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('keepmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(count).toBe(2);
  });

  test('exports the whole library as one zip of posts', async () => {
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Updated: A rate limiter/);
    await popup.getByTestId('export-all').click();
    const file = await ext.downloaded(/keepmark-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    expect(Object.keys(entries).sort()).toEqual(['_posts/2023-06-12-用-go-的-context-优雅地取消后台任务.md', '_posts/2024-03-09-a-rate-limiter-in-forty-lines.md', 'keepmark-export-report.txt']);
    expect(strFromU8(entries['_posts/2024-03-09-a-rate-limiter-in-forty-lines.md'])).toContain('```python\nimport time');
    // No image was kept with these articles, so each stays linked to its original and the report says so.
    const report = strFromU8(entries['keepmark-export-report.txt']);
    for (const [path, bytes] of Object.entries(entries)) {
      if (!path.endsWith('.md')) continue;
      for (const [, url] of strFromU8(bytes).matchAll(/!\[[^\]]*\]\((\S+?)[\s)]/g)) expect(report).toContain(`image ${url}: it could not be saved (left as a link: Keepmark may not download from`);
    }
  });

  test('exports in the chosen preset with the images kept in the library, every image link resolving to a file in the zip', async () => {
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Updated: A rate limiter/);
    // The image is put into the library directly: saving images is the save pipeline's job, tested there.
    // (After the re-save above: a re-save replaces the article's images with what it could download.)
    await ext.worker.evaluate(
      ({ title, imageUrl }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keepmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', 'images'], 'readwrite');
            const all = tx.objectStore('articles').getAll();
            all.onsuccess = () => {
              const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
              const articleId = all.result.find((a: { title: string }) => a.title === title).id;
              tx.objectStore('images').put({ articleId, url: imageUrl, type: 'image/png', blob: new Blob([bytes], { type: 'image/png' }) });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('aborted'));
          };
        }),
      { title: 'A rate limiter in forty lines', imageUrl: 'http://notes.example.org/images/bucket.png' },
    );
    await popup.getByTestId('export-preset').selectOption('hugo');
    await popup.getByTestId('export-all').click();
    // The second zip of the day: Chromium numbers it beside the first.
    const file = await ext.downloaded(/keepmark-library-\d{4}-\d{2}-\d{2} \(1\)\.zip$/);
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    const post = 'content/posts/a-rate-limiter-in-forty-lines/index.md';
    expect(Object.keys(entries).sort()).toEqual(['content/posts/a-rate-limiter-in-forty-lines/bucket.png', post, 'content/posts/用-go-的-context-优雅地取消后台任务/index.md', 'keepmark-export-report.txt']);
    const links = [...strFromU8(entries[post]).matchAll(/!\[[^\]]*\]\((\S+?)[\s)]/g)].map((m) => m[1]);
    expect(links).toEqual(['bucket.png']);
    expect([...entries['content/posts/a-rate-limiter-in-forty-lines/bucket.png']]).toEqual([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    expect(strFromU8(entries['keepmark-export-report.txt'])).not.toContain('bucket.png');

    // One article as a .zip with its image, in the same preset.
    await popup.getByTestId('export-format').selectOption('zip');
    await popup.getByTestId('article-row').filter({ hasText: 'A rate limiter' }).getByTestId('export-md').click();
    const one = unzipSync(new Uint8Array(await readFile(await ext.downloaded(/a-rate-limiter-in-forty-lines\.zip$/))));
    expect(Object.keys(one).sort()).toEqual(['content/posts/a-rate-limiter-in-forty-lines/bucket.png', post]);
    expect(strFromU8(one[post])).toContain('](bucket.png)');

    // Copy Markdown puts the post as the preset writes it on the clipboard, images linked to the originals.
    // The test cannot read the clipboard of an extension page, so it records what the popup writes there.
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => write(text).then(() => void ((globalThis as any).copied = text));
    });
    await popup.getByTestId('article-row').filter({ hasText: 'A rate limiter' }).getByTestId('copy-markdown').click();
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toBe('Copied the article’s Markdown to the clipboard.');
    const copied = (await popup.evaluate(() => (globalThis as any).copied)) as string;
    expect(copied).toMatch(/^---\ntitle: "A rate limiter in forty lines"\n/);
    expect(copied).toContain('](http://notes.example.org/images/bucket.png)');
  });

  test('a page that is not an article is not saved until the user asks', async () => {
    const { popup } = await saveWithToolbarButton(`${site.origin}/not-an-article.html`, /does not look like an article/);
    const saveAnyway = popup.getByRole('button', { name: 'Save anyway' });
    await expect.poll(() => saveAnyway.isVisible()).toBe(true);
    await expect.poll(() => popup.getByTestId('article-row').count()).toBe(2);
    await saveAnyway.click();
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toMatch(/^Saved: Sign in/);
    await expect.poll(() => popup.getByTestId('article-row').count()).toBe(3);
  });

  test('delete is undoable while the popup is open', async () => {
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Updated: A rate limiter/);
    const rows = popup.getByTestId('article-row');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.filter({ hasText: 'A rate limiter' }).getByTestId('delete').click();
    await expect.poll(() => rows.count()).toBe(2);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.filter({ hasText: 'A rate limiter' }).count()).toBe(1);
  });

  test('backs up the library to one zip and restores it: a foreign file is refused, the same file merges without duplicates', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/popup/backup.html`);
    await page.getByTestId('backup').click();
    await expect.poll(() => page.getByTestId('backup-status').innerText()).toMatch(/^Backed up 3 articles to keepmark-backup-/);
    const file = await ext.downloaded(/keepmark-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = await readFile(file);
    const entries = unzipSync(new Uint8Array(bytes));
    expect(JSON.parse(strFromU8(entries['keepmark-backup.json']))).toEqual({ format: 'keepmark-backup', version: 1, articles: 3 });
    const images = Object.keys(entries).filter((name) => name.startsWith('images/'));
    expect(images.map((name) => [...entries[name]])).toEqual([[137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]]);

    await page.getByTestId('restore-file').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
    await expect.poll(() => page.getByTestId('backup-status').innerText()).toBe('This file is not a Keepmark backup: it is not a zip file, or it is damaged. Nothing was changed.');
    await page.getByTestId('restore-file').setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: bytes });
    await expect.poll(() => page.getByTestId('backup-status').innerText()).toBe('Restored backup.zip: 0 added, 0 updated, 3 already up to date.');
    await page.close();
  });

  test('search finds articles by a body word, accent- and case-folded, and Chinese by two characters', async () => {
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Updated: A rate limiter/);
    const rows = popup.getByTestId('article-row');
    const search = popup.getByTestId('search');
    await search.fill('REFILLS');
    await expect.poll(() => rows.locator('.title').allInnerTexts()).toEqual(['A rate limiter in forty lines']);
    await expect.poll(() => rows.getByTestId('snippet').innerText()).toMatch(/refills at a steady rate/);
    await search.fill('配置');
    await expect.poll(() => rows.locator('.title').allInnerTexts()).toEqual(['用 Go 的 context 优雅地取消后台任务']);
    await search.fill('zzqx');
    await expect.poll(() => popup.getByTestId('no-match').isVisible()).toBe(true);
    await expect.poll(() => rows.count()).toBe(0);
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(3);
  });

  test('a tag added in the popup is stored, searchable and suggested', async () => {
    const { popup } = await saveWithToolbarButton(`http://notes.example.org${BLOG_PATH}`, /Updated: A rate limiter/);
    const row = popup.getByTestId('article-row').filter({ hasText: 'A rate limiter' });
    await row.getByTestId('tags').fill('backpressure, ops');
    await row.getByTestId('tags').press('Enter');
    await expect.poll(() => popup.locator('#known-tags option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['backpressure', 'ops']);
    await popup.getByTestId('search').fill('backpress');
    await expect.poll(() => popup.getByTestId('article-row').locator('.title').allInnerTexts()).toEqual(['A rate limiter in forty lines']);
  });

  test('the shortcut is registered and the extension asks for no host access at install', async () => {
    const commands = (await ext.worker.evaluate(() => (globalThis as any).chrome.commands.getAll())) as Array<{ name: string; shortcut: string }>;
    expect(commands.find((c) => c.name === 'save-page')?.shortcut).toBe('Alt+Shift+S');
    const manifest = (await ext.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest())) as Record<string, unknown>;
    // `storage` is for the settings in storage.sync; browsers show no install warning for it.
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'downloads', 'contextMenus', 'declarativeNetRequestWithHostAccess', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    // Image downloads need host access, asked for from the popup only when the user chooses it.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(await ext.worker.evaluate(() => (globalThis as any).chrome.permissions.getAll())).toMatchObject({ origins: [] });
    expect(manifest.content_scripts).toBeUndefined();
  });

  test('browser pages get a clear message, not a stuck popup', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toMatch(/Browser pages .* cannot be saved/);
  });
});
