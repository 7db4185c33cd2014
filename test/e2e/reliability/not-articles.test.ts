// Pages that are not articles, or that the browser does not let an extension read: each gets a
// clear message in the popup, and nothing is saved or half-saved.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { deflateSync } from 'node:zlib';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { serve } from '../support/server';
import { articlePage, halfSaved, libraryReader, type LibraryState } from '../support/library';
import { emptyFigures, saveFigures } from '../../reliability/figures';

const figures = emptyFigures();

/** A one-page PDF with a line of text, written for this test. */
function pdf(): Buffer {
  const stream = 'BT /F1 12 Tf 20 100 Td (A small PDF for Keepmark) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 2×2 PNG. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([header, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionBrowser;
let library: { read: () => Promise<LibraryState>; page: Page };

beforeAll(async () => {
  site = await serve([
    { path: '/paper.pdf', body: pdf(), type: 'application/pdf' },
    { path: '/download', body: pdf(), type: 'application/pdf' },
    { path: '/photo.png', body: png(), type: 'image/png' },
    { path: '/notes.txt', body: 'Plain notes, one line each.\nSecond line.\n', type: 'text/plain; charset=utf-8' },
    { path: '/strict-csp.html', body: articlePage('csp', 'An article under a strict policy'), headers: { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'" } },
    { path: '/framed.html', body: '<!doctype html><title>Framed</title><body style="margin:0"><iframe src="/inner.html" style="border:0;width:100%;height:100vh"></iframe></body>' },
    { path: '/inner.html', body: articlePage('framed', 'An article inside a frame') },
    // The head and the first part arrive; the server holds the rest back until the test ends.
    { path: '/still-loading.html', holdOpen: true, body: `<!doctype html><title>Still loading</title><article><h1>Still loading</h1>${'<p>The first part of a long page arrives before the rest. '.repeat(20)}</p>` },
  ]);
  ext = await launchWithExtension(['MAP chromewebstore.google.com 127.0.0.1:1']);
  library = await libraryReader(ext.context, ext.extensionId);
});

afterAll(async () => {
  saveFigures('not-articles', figures);
  await ext?.close();
  await site?.close();
});

const CASES: Array<{ name: string; url: () => string; message: RegExp }> = [
  { name: 'a browser page (chrome://settings)', url: () => 'chrome://settings/', message: /Browser pages .* cannot be saved/ },
  { name: 'the extension store', url: () => 'https://chromewebstore.google.com/detail/keepmark/abcdefghijklmnopabcdefghijklmnop', message: /extension store does not allow/ },
  { name: 'a PDF in the built-in viewer', url: () => `${site.origin}/paper.pdf`, message: /PDF document/ },
  { name: 'a PDF served from an address without .pdf', url: () => `${site.origin}/download`, message: /PDF document/ },
  { name: 'an image opened directly', url: () => `${site.origin}/photo.png`, message: /image/ },
  { name: 'a text file opened directly', url: () => `${site.origin}/notes.txt`, message: /text file/ },
  { name: 'a page still loading', url: () => `${site.origin}/still-loading.html`, message: /still loading/ },
  { name: 'an article inside a frame', url: () => `${site.origin}/framed.html`, message: /inside a frame/ },
];

describe('Chromium: pages that are not articles get a clear message and save nothing', () => {
  for (const { name, url, message } of CASES) {
    test(name, async () => {
      const before = await library.read();
      const page = await ext.context.newPage();
      await page.goto(url(), { waitUntil: 'commit' }).catch(() => {});
      const popup = await ext.clickToolbarButton(page, url());
      await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(message);
      const after = await library.read();
      figures.casesGenerated++;
      figures.dataLost += halfSaved(after).length;
      expect(halfSaved(after)).toEqual([]);
      expect(after).toEqual(before);
    });
  }

  test('a page whose policy blocks inline scripts is saved whole', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/strict-csp.html`);
    const popup = await ext.clickToolbarButton(page);
    await expect.poll(() => popup.getByTestId('save-status').innerText(), { timeout: 15_000 }).toMatch(/^Saved: An article under a strict policy/);
    const after = await library.read();
    figures.casesGenerated++;
    figures.dataLost += halfSaved(after).length;
    expect(halfSaved(after)).toEqual([]);
    expect(after.bodies.find((b) => b.id === after.articles.find((a) => a.title === 'An article under a strict policy')?.id)?.markdown).toContain('Marker-csp-end.');
  });
});
