import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serve } from './support/server';
import { gif, serveImageHost, type ImageHost } from './support/image-host';

const PAGE_URL = 'http://garden.example.org/2025/04/pressing-flowers.html';
const IMG = 'http://img.example.com';
const HUGE = 51 * 1024 * 1024; // past the default 50 MB per article

// An article whose pictures live on another host, as CSDN's and WeChat's do.
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Pressing flowers without a press | Garden Log</title>
<meta property="og:title" content="Pressing flowers without a press">
<meta property="og:image" content="${IMG}/lead.gif">
<link rel="canonical" href="${PAGE_URL}">
</head><body><main><article>
<h1>Pressing flowers without a press</h1>
<p>My grandmother pressed violets between the pages of a telephone directory, and for years I assumed that was the only way. It turns out that a heavy book, two sheets of baking paper and some patience do almost all of the work, and the rest comes down to choosing flowers that are dry and flat to begin with.</p>
<figure><img src="${IMG}/violets.gif" alt="Violets laid out on baking paper"><figcaption>Violets, picked after the dew had gone.</figcaption></figure>
<p>Thin petals press best. Pansies, violets and single roses flatten in a week; anything with a fat centre, like a daisy, needs to be sliced in half first or it will go brown before it dries. Pick in the late morning, once the dew has burned off, and press the same day.</p>
<figure><img src="${IMG}/pansy.jpg" alt="A pressed pansy"></figure>
<p>Lay the flowers face down on the paper without touching each other. Close the book slowly so nothing slides, then stack more books on top. Check after three days and change the paper if it feels damp; mould is the only real way to fail.</p>
<figure><img src="${IMG}/moved.gif" alt="The stack of books"></figure>
<figure><img src="${IMG}/own-pages-only.gif" alt="A finished card"></figure>
<p>When they are papery and stiff, lift them with tweezers. A dab of glue on the back of the stem is enough to hold them on card; the petals can float free under a sheet of glassine.</p>
<figure><img src="${IMG}/slow.gif" alt="Roses in a frame"></figure>
<figure><img src="${IMG}/not-an-image.gif" alt="A bookmark"></figure>
<figure><img src="${IMG}/huge.gif" alt="A wall of frames"></figure>
<figure><img src="${IMG}/missing.gif" alt="Seed packets"></figure>
<p>Everything here took about two weeks from picking to framing, and none of it needed anything I did not already have on a shelf.</p>
</article></main></body></html>`;

const BYTES = {
  violets: gif(120, 60, 200),
  pansy: gif(250, 200, 20),
  stack: gif(140, 90, 40),
  card: gif(240, 240, 230),
  lead: gif(30, 160, 60),
  frame: gif(200, 30, 60),
  bookmark: gif(10, 10, 10),
};

let site: Awaited<ReturnType<typeof serve>>;
let host: ImageHost;

beforeAll(async () => {
  // The page itself loads no images (CSP), so every request the image host sees is Keepmark's.
  site = await serve([{ path: new URL(PAGE_URL).pathname, body: ARTICLE, headers: { 'content-security-policy': "img-src 'none'" } }]);
  host = await serveImageHost(['http://garden.example.org'], {
    '/violets.gif': { kind: 'image', body: BYTES.violets, type: 'image/gif' },
    // A real image served with a generic type: the bytes decide.
    '/pansy.jpg': { kind: 'image', body: BYTES.pansy, type: 'application/octet-stream' },
    '/moved.gif': { kind: 'redirect', to: '/files/2025/stack.gif' },
    '/files/2025/stack.gif': { kind: 'redirect', to: `${IMG}/cdn/stack.gif`, status: 301 },
    '/cdn/stack.gif': { kind: 'image', body: BYTES.stack, type: 'image/gif' },
    '/own-pages-only.gif': { kind: 'own-pages-only', body: BYTES.card, type: 'image/gif' },
    '/lead.gif': { kind: 'image', body: BYTES.lead, type: 'image/gif' },
    '/slow.gif': { kind: 'stall', type: 'image/gif', first: BYTES.frame.subarray(0, 6) },
    '/not-an-image.gif': { kind: 'image', body: Buffer.from('<!doctype html><p>Please log in to see this picture.</p>'), type: 'text/html; charset=utf-8' },
    '/huge.gif': { kind: 'stream', type: 'image/gif', head: BYTES.frame.subarray(0, 6), bytes: HUGE },
  });
});

afterAll(async () => {
  await host?.close();
  await site?.close();
});

const hostRules = () => [`MAP garden.example.org 127.0.0.1:${site.port}`, `MAP img.example.com 127.0.0.1:${host.port}`];

/** Opens the article, clicks the toolbar button and waits until the popup reports the save. */
async function saveArticle(ext: ExtensionBrowser) {
  const page = await ext.context.newPage();
  await page.goto(PAGE_URL);
  const popup = await ext.clickToolbarButton(page);
  await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 60_000 }).toMatch(/^(Saved|Updated): Pressing flowers/);
  return popup;
}

type StoredImage = { url: string; type: string; bytes: number[] };

/** The library as the extension holds it: the article's record and its kept images, bytes and all. */
function readLibrary(ext: ExtensionBrowser) {
  return ext.worker.evaluate(
    () =>
      new Promise<{ images: { total: number; saved: number; failed: { url: string; reason: string }[] }; kept: StoredImage[] }>((resolve, reject) => {
        const open = indexedDB.open('keepmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'images']);
          const records = tx.objectStore('articles').getAll();
          const images = tx.objectStore('images').getAll();
          tx.oncomplete = async () => {
            const [record] = records.result;
            const kept = await Promise.all(
              images.result.map(async (i: { url: string; type: string; blob: Blob; articleId: string }) => {
                if (i.articleId !== record.id) throw new Error('an image of another article');
                return { url: i.url, type: i.type, bytes: [...new Uint8Array(await i.blob.arrayBuffer())] };
              }),
            );
            open.result.close();
            resolve({ images: record.images, kept });
          };
        };
      }),
  );
}

const reasonOf = (failed: { url: string; reason: string }[], name: string) => failed.find((f) => f.url === `${IMG}/${name}`)?.reason;

describe('Chromium: images kept with the article', () => {
  test('without host access the images stay links, the popup says so and offers to ask', async () => {
    const ext = await launchWithExtension(hostRules());
    try {
      const popup = await saveArticle(ext);
      const { images, kept } = await readLibrary(ext);
      expect(kept).toEqual([]);
      expect(images.total).toBe(9);
      expect(images.failed).toHaveLength(9);
      for (const { reason } of images.failed) expect(reason).toMatch(/^left as a link: Keepmark may not download from img\.example\.com until you allow image downloads/);
      expect(host.requests).toEqual([]);
      const report = popup.getByTestId('image-report');
      await expect.poll(() => report.getByTestId('image-report-text').innerText()).toBe('9 of 9 images could not be saved.');
      expect(await report.innerText()).toMatch(/left as links to the original\. To keep an article’s images/);
      expect(await report.getByTestId('retry-images').innerText()).toBe('Allow image downloads and retry');
    } finally {
      await ext.close();
    }
  });

  test('with host access: good images are kept byte for byte, the bad ones are reported with reasons, Retry fetches only those, and a Jekyll zip carries them', async () => {
    // The user's "yes" to the image-download prompt, which headless Chromium cannot answer.
    const ext = await launchWithExtension(hostRules(), { grantHosts: ['http://*/*', 'https://*/*'] });
    try {
      const popup = await saveArticle(ext);
      const { images, kept } = await readLibrary(ext);
      const byUrl = Object.fromEntries(kept.map((k) => [k.url, k]));
      expect(Object.keys(byUrl).sort()).toEqual([`${IMG}/lead.gif`, `${IMG}/moved.gif`, `${IMG}/own-pages-only.gif`, `${IMG}/pansy.jpg`, `${IMG}/violets.gif`]);
      expect(byUrl[`${IMG}/violets.gif`]).toEqual({ url: `${IMG}/violets.gif`, type: 'image/gif', bytes: [...BYTES.violets] });
      expect(byUrl[`${IMG}/pansy.jpg`]).toEqual({ url: `${IMG}/pansy.jpg`, type: 'image/gif', bytes: [...BYTES.pansy] });
      // Kept under the address the article links, after two redirects.
      expect(byUrl[`${IMG}/moved.gif`].bytes).toEqual([...BYTES.stack]);
      expect(byUrl[`${IMG}/own-pages-only.gif`].bytes).toEqual([...BYTES.card]);
      expect(byUrl[`${IMG}/lead.gif`].bytes).toEqual([...BYTES.lead]);

      expect(images).toMatchObject({ total: 9, saved: 5 });
      expect(images.failed.map((f) => f.url).sort()).toEqual([`${IMG}/huge.gif`, `${IMG}/missing.gif`, `${IMG}/not-an-image.gif`, `${IMG}/slow.gif`]);
      expect(reasonOf(images.failed, 'slow.gif')).toBe('timed out: the server sent nothing for 15 s');
      expect(reasonOf(images.failed, 'not-an-image.gif')).toMatch(/^not an image: the server sent text\/html/);
      expect(reasonOf(images.failed, 'huge.gif')).toBe('too large: more than the 50 MB left for this article’s images');
      expect(reasonOf(images.failed, 'missing.gif')).toBe('the server refused it (HTTP 404)');

      // No foreign Referer and no cookies ever: first without Referer, then only the article's own address.
      const firstTry = (path: string) => host.requests.find((r) => r.path === path);
      expect(host.requests.every((r) => r.referer === null || r.referer === PAGE_URL)).toBe(true);
      expect(host.requests.every((r) => r.cookie === null)).toBe(true);
      expect(firstTry('/violets.gif')).toMatchObject({ referer: null, status: 200 });
      expect(host.requests.filter((r) => r.path === '/violets.gif')).toHaveLength(1);
      // The host that serves its own pages only got the retry the page itself would make.
      expect(host.requests.filter((r) => r.path === '/own-pages-only.gif').map((r) => [r.referer, r.status])).toEqual([
        [null, 403],
        [PAGE_URL, 200],
      ]);

      const report = popup.getByTestId('image-report');
      await expect.poll(() => report.getByTestId('image-report-text').innerText()).toBe('4 of 9 images could not be saved.');
      expect(await report.getByTestId('image-failure').allTextContents()).toHaveLength(4);
      expect(await report.getByTestId('retry-images').innerText()).toBe('Retry');

      // The host mends two of them; Retry asks again for the four that failed, and only those.
      host.route('/slow.gif', { kind: 'image', body: BYTES.frame, type: 'image/gif' });
      host.route('/not-an-image.gif', { kind: 'image', body: BYTES.bookmark, type: 'image/gif' });
      const before = host.requests.length;
      await report.getByTestId('retry-images').click();
      await expect.poll(() => report.getByTestId('image-report-text').innerText(), { timeout: 60_000 }).toBe('2 of 9 images could not be saved.');
      expect([...new Set(host.requests.slice(before).map((r) => r.path))].sort()).toEqual(['/huge.gif', '/missing.gif', '/not-an-image.gif', '/slow.gif']);
      const after = await readLibrary(ext);
      expect(after.images).toMatchObject({ total: 9, saved: 7 });
      expect(after.kept.find((k) => k.url === `${IMG}/slow.gif`)?.bytes).toEqual([...BYTES.frame]);
      expect(after.kept.find((k) => k.url === `${IMG}/not-an-image.gif`)?.bytes).toEqual([...BYTES.bookmark]);
      expect(after.images.failed.map((f) => f.url).sort()).toEqual([`${IMG}/huge.gif`, `${IMG}/missing.gif`]);

      // Exported as a Jekyll zip, every image link in the post resolves to its bytes in the zip;
      // only the two images the host never gave stay linked to the original.
      const id = await ext.worker.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('keepmark');
            open.onsuccess = () => {
              const all = open.result.transaction('articles').objectStore('articles').getAllKeys();
              all.onsuccess = () => (open.result.close(), resolve(String(all.result[0])));
            };
          }),
      );
      const reply = await popup.evaluate((args) => (globalThis as any).chrome.runtime.sendMessage({ type: 'exportArticle', args }), { id, presetId: 'jekyll', format: 'zip' });
      expect(reply).toMatchObject({ ok: true, value: { count: 1 } });
      const entries = unzipSync(new Uint8Array(await readFile(await ext.downloaded(/pressing-flowers-without-a-press\.zip$/))));
      const [postPath] = Object.keys(entries).filter((name) => /^_posts\/\d{4}-\d{2}-\d{2}-pressing-flowers-without-a-press\.md$/.test(name));
      expect(postPath).toBeDefined();
      const post = strFromU8(entries[postPath]);
      const links = [...post.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
      expect(links).toHaveLength(8);
      const keptBytes = Object.fromEntries(after.kept.map((k) => [k.url, k.bytes]));
      const local = links.filter((link) => link.startsWith('/assets/img/posts/'));
      expect(local).toHaveLength(6);
      for (const link of local) expect(entries[link.slice(1)], link).toBeDefined();
      expect(links.filter((link) => !local.includes(link)).sort()).toEqual([`${IMG}/huge.gif`, `${IMG}/missing.gif`]);
      // Each local file holds the bytes kept for the image at that place in the article.
      const inArticle = [...ARTICLE.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
      links.forEach((link, i) => {
        if (local.includes(link)) expect([...entries[link.slice(1)]], inArticle[i]).toEqual(keptBytes[inArticle[i]]);
      });
      // The lead image in front matter points at its file in the zip too.
      const leadPath = post.match(/^\s+path: (\S+)$/m)?.[1];
      expect(leadPath && [...entries[leadPath.replace(/^\//, '')]]).toEqual([...BYTES.lead]);
    } finally {
      await ext.close();
    }
  });
});
