import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
});

describe('Chromium: the options page', () => {
  test('edits the Jekyll template with a live preview, shows mistakes inline, saves, and keeps it after a reload', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/options/options.html`);
    const preview = page.getByTestId('preview-text');
    const template = page.getByTestId('front-matter');
    // An empty library: the sample article stands in.
    await expect.poll(() => page.getByTestId('preview-source').innerText()).toMatch(/sample article/);
    await expect.poll(() => preview.innerText()).toMatch(/^---\nlayout: post\ntitle: "Notes on a tiny rate limiter: yes, in forty lines"\n/);
    expect(await page.getByTestId('preset').inputValue()).toBe('jekyll');
    expect(await page.getByTestId('preview-path').innerText()).toBe('_posts/2024-03-09-notes-on-a-tiny-rate-limiter-yes-in-forty-lines.md');
    expect(await preview.innerText()).toMatch(/\n---\n\nA token bucket holds \*tokens\*;/);

    // A mistake is named under the field while typing; the preview waits for a template that works.
    await template.fill('layout: post\ntitle: "{{titel}}"\n');
    await expect.poll(() => page.getByTestId('front-matter-error').innerText()).toMatch(/unknown variable "titel"/);
    expect(await template.getAttribute('aria-invalid')).toBe('true');

    await template.fill('layout: note\nheadline: "{{title}}"\ntags: {{tags}}\n');
    await expect.poll(() => preview.innerText()).toMatch(/^---\nlayout: note\nheadline: "Notes on a tiny rate limiter: yes, in forty lines"\ntags: \[go, concurrency\]\n---\n/);
    expect(await page.getByTestId('front-matter-error').isHidden()).toBe(true);

    // The Markdown style applies to the body at once.
    await page.getByTestId('style-bulletListMarker').selectOption('*');
    await expect.poll(() => preview.innerText()).toContain('\n* A buffered channel is the bucket.');
    await page.getByTestId('file-name').fill('_posts/{{slug}}.md');
    await expect.poll(() => page.getByTestId('preview-path').innerText()).toBe('_posts/notes-on-a-tiny-rate-limiter-yes-in-forty-lines.md');
    await page.screenshot({ path: new URL('../../docs/options.png', import.meta.url).pathname });

    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Saved.');

    await page.reload();
    await expect.poll(() => template.inputValue()).toBe('layout: note\nheadline: "{{title}}"\ntags: {{tags}}\n');
    expect(await page.getByTestId('style-bulletListMarker').inputValue()).toBe('*');
    expect(await page.getByTestId('file-name').inputValue()).toBe('_posts/{{slug}}.md');
    await expect.poll(() => preview.innerText()).toMatch(/^---\nlayout: note\n/);
    const stored = await ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get(null));
    expect(stored['preset.jekyll']).toMatchObject({ frontMatterTemplate: 'layout: note\nheadline: "{{title}}"\ntags: {{tags}}\n', fileNameTemplate: '_posts/{{slug}}.md' });

    // Reset to defaults, then save: the stored change goes.
    await page.getByTestId('reset').click();
    await expect.poll(() => preview.innerText()).toMatch(/^---\nlayout: post\n/);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Saved.');
    const after = await ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get(null));
    expect(after['preset.jekyll']).toBeUndefined();
  });

  test('a template too large for browser sync is refused with a message, and nothing is lost', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/options/options.html`);
    await expect.poll(() => page.getByTestId('preview-text').innerText()).toMatch(/^---\nlayout: post/);
    await page.getByTestId('front-matter').fill(`title: "{{title}}"\n# ${'x'.repeat(9000)}\n`);
    // Said while typing, and again on Save.
    await expect.poll(() => page.getByTestId('front-matter-error').innerText()).toMatch(/^The Jekyll \(Chirpy\) settings are too large to save/);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Not saved\. The Jekyll \(Chirpy\) settings are too large to save: 9,\d{3} bytes/);
    expect((await ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get(null)))['preset.jekyll']).toBeUndefined();
    expect(await page.getByTestId('front-matter').inputValue()).toMatch(/^title: "\{\{title\}\}"\n# x{9000}\n$/);
  });

  test('previews the most recent article of the library once there is one', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/options/options.html`);
    await expect.poll(() => page.getByTestId('preview-source').innerText()).toMatch(/sample article/);
    // Two articles straight into the library the page opened; the newer one is previewed.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('keepmark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['articles', 'bodies', 'texts'], 'readwrite');
      const record = (id: string, title: string, savedAt: number) => ({
        id, url: `https://x.test/${id}`, canonicalUrl: `https://x.test/${id}`, title, byline: null, published: null, siteName: null, lang: 'en',
        description: null, keywords: [], tags: ['On'], categories: [], artid: null, leadImage: null, userTags: [], note: '',
        images: { total: 0, saved: 0, failed: [] }, createdAt: savedAt, savedAt, savedOffset: 0,
      });
      tx.objectStore('articles').put(record('old', 'Older one', 1000));
      tx.objectStore('articles').put(record('new', 'yes: the newest', 2000));
      tx.objectStore('bodies').put({ id: 'old', html: '<p>old</p>', markdown: 'old\n' });
      tx.objectStore('bodies').put({ id: 'new', html: '<ul><li>kept item</li></ul>', markdown: '- kept item\n' });
      tx.objectStore('texts').put({ id: 'old', text: 'old' });
      tx.objectStore('texts').put({ id: 'new', text: 'kept item' });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.reload();
    await expect.poll(() => page.getByTestId('preview-source').innerText()).toBe('Your most recent article: yes: the newest');
    await expect.poll(() => page.getByTestId('preview-text').innerText()).toMatch(/\ntitle: "yes: the newest"\n[\s\S]*\ntags: \['on'\]\n[\s\S]*---\n\n- kept item\n?$/);
    // A style other than the default converts the stored HTML again.
    await page.getByTestId('style-bulletListMarker').selectOption('+');
    await expect.poll(() => page.getByTestId('preview-text').innerText()).toMatch(/---\n\n\+ kept item\n?$/);

    // Saved, the settings reach the export: the user's file name, template and bullet marker.
    await page.getByTestId('front-matter').fill('kind: saved\ntitle: {{title}}\n');
    await page.getByTestId('file-name').fill('notes/{{slug}}-keepmark.md');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Saved.');
    const reply = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'exportArticle', args: { id: 'new' } }));
    expect(reply).toEqual({ ok: true, value: { fileName: 'yes-the-newest-keepmark.md', count: 1 } });
    // Playwright keeps this download under a generated name (the file name is checked in the reply above).
    const completed = () => ext.worker.evaluate(() => (globalThis as any).chrome.downloads.search({ state: 'complete' })) as Promise<{ filename: string }[]>;
    await expect.poll(async () => (await completed()).length).toBe(1);
    const [{ filename: file }] = await completed();
    expect(await readFile(file, 'utf8')).toBe('---\nkind: saved\ntitle: "yes: the newest"\n---\n\n+ kept item\n');
  });
});
