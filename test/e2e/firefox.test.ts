import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'puppeteer-core';
import { parse as parseYaml } from 'yaml';
import { launchWithExtension, SHIPPED_DIR, type ExtensionFirefox } from './support/firefox';
import { fixturePage, serve } from './support/server';

const CSDN_URL = 'http://blog.csdn.net/gopher_notes/article/details/131200457';
const BLOG_URL = 'http://notes.example.org/2024/03/tiny-rate-limiter.html';
const CSDN_TITLE = '用 Go 的 context 优雅地取消后台任务';
const BLOG_TITLE = 'A rate limiter in forty lines';

let site: Awaited<ReturnType<typeof serve>>;
let ext: ExtensionFirefox;

beforeAll(async () => {
  site = await serve([
    { path: new URL(CSDN_URL).pathname, body: await fixturePage('csdn-article') },
    { path: new URL(BLOG_URL).pathname, body: await fixturePage('personal-blog') },
  ]);
  // Firefox reaches the real host names through the test server as its proxy, so the CSDN adapter runs as on the live site.
  ext = await launchWithExtension(site.port, ['blog.csdn.net', 'notes.example.org']);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** Text of the first element matching `selector`, or '' while there is none. */
const textOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? '', selector);
const rowTitles = (popup: Page) => popup.evaluate(() => [...document.querySelectorAll('[data-testid="article-row"] .title')].map((el) => el.textContent));

/** A Jekyll post's front matter, parsed, and its body. */
function post(text: string): { front: Record<string, unknown>; body: string } {
  const match = text.match(/^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/);
  if (!match) throw new Error(`not a post with front matter:\n${text.slice(0, 300)}`);
  return { front: parseYaml(match[1]), body: match[2] };
}

/** Opens `url` in a tab, opens Keepmark's popup on it and waits for the popup to report the save. */
async function saveWithPopup(url: string, expected: RegExp): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(url);
  const popup = await ext.openPopupFor(page);
  await expect.poll(() => textOf(popup, '[data-testid="save-status"]'), { timeout: 15_000 }).toMatch(expected);
  return popup;
}

describe('Firefox: save a page through the popup, list and export', () => {
  test('the shipped build asks for no host access; only the test build adds it', async () => {
    const shipped = JSON.parse(await readFile(`${SHIPPED_DIR}/manifest.json`, 'utf8'));
    expect(shipped.host_permissions).toBeUndefined();
    expect(shipped.web_accessible_resources).toBeUndefined();
    expect(shipped.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });

  test('saves two articles and lists both, newest first', async () => {
    await saveWithPopup(CSDN_URL, new RegExp(`^Saved: ${CSDN_TITLE}`));
    const popup = await saveWithPopup(BLOG_URL, new RegExp(`^Saved: ${BLOG_TITLE}`));
    await expect.poll(() => rowTitles(popup)).toEqual([BLOG_TITLE, CSDN_TITLE]);
  });

  test('exports one article as a Jekyll post with front matter and a clean body', async () => {
    // A re-save updates the saved article (now the newest) instead of adding a copy.
    const popup = await saveWithPopup(CSDN_URL, new RegExp(`^Updated: ${CSDN_TITLE}`));
    await expect.poll(() => rowTitles(popup)).toEqual([CSDN_TITLE, BLOG_TITLE]);
    const exportButton = await popup.$(`xpath/.//li[@data-testid="article-row"][contains(., "${CSDN_TITLE}")]//*[@data-testid="export-md"]`);
    expect(exportButton).not.toBeNull();
    await exportButton!.click();
    const file = await ext.downloaded(/2023-06-12-用-go-的-context-优雅地取消后台任务\.md$/);
    expect(basename(file)).toBe('2023-06-12-用-go-的-context-优雅地取消后台任务.md');
    const text = await readFile(file, 'utf8');
    const { front, body } = post(text);
    expect(Object.keys(front)).toEqual(['layout', 'title', 'date', 'description', 'keywords', 'categories', 'tags', 'artid', 'image', 'source', 'render_with_liquid']);
    expect(front).toMatchObject({
      layout: 'post',
      title: CSDN_TITLE,
      date: '2023-06-12 09:41:07 +0800',
      keywords: 'golang context 取消, Go 并发',
      categories: ['Go 并发编程'],
      tags: ['golang', '并发', 'context'],
      artid: '131200457',
      source: CSDN_URL,
      render_with_liquid: false,
    });
    expect(body).toContain('```go\nfunc poll(ctx context.Context, every time.Duration) error {');
    expect(body).toContain('| `WithTimeout` | 超过给定时长时 |');
    for (const furniture of ['登录后复制', '热门文章', '评论', '阅读全文', 'channel 关闭的三条规矩', '立即登录', '关于我们']) expect(body).not.toContain(furniture);
    // The same post the fixture test expects from this page (converted under linkedom in Node), but for the served URL.
    const expected = post(await readFile(new URL('../fixtures/csdn-article/expected.md', import.meta.url), 'utf8'));
    expect(front).toEqual({ ...expected.front, source: CSDN_URL });
    expect(body).toBe(expected.body);
    await expect.poll(() => textOf(popup, '[data-testid="save-status"]')).toBe('Exported 1 article to 2023-06-12-用-go-的-context-优雅地取消后台任务.md');
  });
});
