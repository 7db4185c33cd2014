import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageCapture } from '../../../src/core/types';
import type { ArticleImages } from '../../../src/store/save';

const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b]);
const PAGE = 'https://blog.example.org/post';

// A stand-in for the extension APIs a save with images touches.
const fake = vi.hoisted(() => ({
  capture: null as unknown,
  hostAccess: true,
  rules: [] as Array<{ add?: unknown[]; remove?: number[] }>,
  quotaLeft: Infinity,
}));

vi.mock('../../../src/shared/browser', () => ({
  default: {
    // No settings stored: the defaults apply.
    storage: { sync: { get: async () => ({}), set: async () => {}, remove: async () => {} } },
    tabs: { get: async (id: number) => ({ id, url: 'https://blog.example.org/post' }) },
    scripting: {
      executeScript: async (details: { files?: string[]; injectImmediately?: boolean }) => {
        // The quick look at the document that comes before the content script: an ordinary loaded page.
        if (details.injectImmediately) return [{ result: { contentType: 'text/html', readyState: 'complete', frames: 0, textLength: 5000 } }];
        return details.files ? [{ result: undefined }] : [{ result: { ok: true, capture: fake.capture } }];
      },
    },
    permissions: { contains: async () => fake.hostAccess },
    runtime: { getURL: (path: string) => `chrome-extension://keepmarkid${path}` },
    declarativeNetRequest: {
      // A rule left behind by a worker that was stopped mid-download.
      getSessionRules: async () => new Promise((resolve) => setTimeout(() => resolve([{ id: 7 }]), 20)),
      updateSessionRules: async ({ addRules, removeRuleIds }: { addRules?: unknown[]; removeRuleIds?: number[] }) => void fake.rules.push({ add: addRules, remove: removeRuleIds }),
    },
  },
}));

// The browser's storage, with room for `quotaLeft` bytes of images.
vi.mock('../../../src/store/save', async (original) => {
  const real = await original<typeof import('../../../src/store/save')>();
  return {
    ...real,
    saveCapture: async (...args: Parameters<typeof real.saveCapture>) => {
      const images = args[3] as ArticleImages;
      const bytes = images.kept.reduce((sum, image) => sum + image.blob.size, 0);
      if (bytes > fake.quotaLeft) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.saveCapture(...args);
    },
  };
});

const { savePage } = await import('../../../src/background/save-page');
const { imagesOf } = await import('../../../src/store/images');
const { openLibrary } = await import('../../../src/store/db');

function capture(html: string): PageCapture {
  return {
    url: PAGE,
    canonicalUrl: PAGE,
    title: 'Pictures',
    byline: null,
    published: null,
    siteName: null,
    lang: null,
    description: null,
    keywords: [],
    tags: [],
    categories: [],
    artid: null,
    leadImage: null,
    html,
    text: 'Pictures',
    readerable: true,
  };
}

let served: string[] = [];
let leftoverRemovedBeforeFetch: boolean[] = [];

beforeEach(() => {
  fake.hostAccess = true;
  fake.rules = [];
  fake.quotaLeft = Infinity;
  served = [];
  // Hotlink protection: a host that answers only requests made while a Referer rule is in place.
  vi.stubGlobal('fetch', async (url: string) => {
    served.push(url);
    leftoverRemovedBeforeFetch.push(fake.rules.some((r) => r.remove?.includes(7)));
    const active = new Set<number>();
    for (const { add, remove } of fake.rules) {
      for (const rule of (add ?? []) as Array<{ id: number }>) active.add(rule.id);
      for (const id of remove ?? []) active.delete(id);
    }
    const ruleActive = active.size > 0;
    if (url.endsWith('/guarded.gif') && !ruleActive) return new Response('', { status: 403 });
    return new Response(GIF, { headers: { 'content-type': 'image/gif' } });
  });
  indexedDB.deleteDatabase('keepmark');
});

afterEach(() => vi.unstubAllGlobals());

describe('saving a page with its images', () => {
  test('downloads the images before the save and stores them with the article; a leftover Referer rule goes first', async () => {
    fake.capture = capture('<p>Two.</p><img src="https://img.example.com/a.gif"><img src="https://img.example.com/guarded.gif">');
    const outcome = await savePage(1, false);
    if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
    expect(outcome.article.images).toEqual({ total: 2, saved: 2, failed: [] });
    const db = await openLibrary();
    expect((await imagesOf(db, outcome.article.id)).map((i) => i.url).sort()).toEqual(['https://img.example.com/a.gif', 'https://img.example.com/guarded.gif']);
    db.close();
    expect(leftoverRemovedBeforeFetch).toEqual([true, true, true]);
  });

  test('the second try sets the page as Referer for that one URL, for Keepmark’s own requests only, and removes the rule after', async () => {
    fake.capture = capture('<img src="https://img.example.com/guarded.gif">');
    await savePage(1, false);
    // Leftovers are cleared once per worker (the first test's save did it).
    expect(fake.rules).toHaveLength(2);
    const [rule] = fake.rules[0].add as Array<{ id: number; action: unknown; condition: unknown }>;
    expect(rule.action).toEqual({ type: 'modifyHeaders', requestHeaders: [{ header: 'referer', operation: 'set', value: PAGE }] });
    expect(rule.condition).toEqual({ urlFilter: '|https://img.example.com/guarded.gif|', initiatorDomains: ['keepmarkid'], tabIds: [-1], resourceTypes: ['xmlhttprequest', 'other'] });
    expect(fake.rules[1].remove).toEqual([rule.id]);
  });

  test('without host access nothing is downloaded and the report says why', async () => {
    fake.hostAccess = false;
    fake.capture = capture('<img src="https://img.example.com/a.gif">');
    const outcome = await savePage(1, false);
    if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
    expect(served).toEqual([]);
    expect(outcome.article.images.failed[0].reason).toMatch(/^left as a link/);
  });

  test('when the images do not fit in the browser’s storage, the article is saved without them and the report says so', async () => {
    fake.quotaLeft = 0;
    fake.capture = capture('<img src="https://img.example.com/a.gif">');
    const outcome = await savePage(1, false);
    if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
    expect(outcome.article.images).toEqual({ total: 1, saved: 0, failed: [{ url: 'https://img.example.com/a.gif', reason: 'no room left in the browser’s storage for this image' }] });
  });

  test('the per-article cap is the save’s to choose', async () => {
    fake.capture = capture('<img src="https://img.example.com/a.gif"><img src="https://img.example.com/b.gif">');
    const outcome = await savePage(1, false, 'page', GIF.length);
    if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
    expect(outcome.article.images.saved).toBe(1);
    expect(outcome.article.images.failed[0].reason).toMatch(/^over the 14 bytes limit/);
  });
});
