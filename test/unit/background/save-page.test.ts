import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageCapture } from '../../../src/core/types';
import type { CaptureReply } from '../../../src/shared/messages';

// A stand-in for the extension APIs the save path touches.
const fake = vi.hoisted(() => ({
  tabUrl: 'https://example.org/post' as string | undefined,
  injectError: null as Error | null,
  reply: null as unknown,
  probe: null as unknown,
  badge: [] as Array<{ text: string; color?: string; title?: string }>,
  fileAccess: true,
}));

vi.mock('../../../src/shared/browser', () => ({
  default: {
    // No settings stored: the defaults apply.
    storage: { sync: { get: async () => ({}), set: async () => {}, remove: async () => {} } },
    extension: { isAllowedFileSchemeAccess: async () => fake.fileAccess },
    tabs: { get: async (id: number) => (id === 404 ? Promise.reject(new Error('No tab with id: 404')) : { id, url: fake.tabUrl }) },
    scripting: {
      executeScript: async (details: { files?: string[]; injectImmediately?: boolean }) => {
        if (fake.injectError) throw fake.injectError;
        if (details.injectImmediately) return [{ result: fake.probe }];
        return details.files ? [{ result: undefined }] : [{ result: fake.reply }];
      },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void fake.badge.push({ text }),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void fake.badge.push({ text: '', color }),
      setTitle: async ({ title }: { title: string }) => void fake.badge.push({ text: '', title }),
    },
  },
}));

const { savePage } = await import('../../../src/background/save-page');
const { saveFromGesture } = await import('../../../src/background/gesture');

function capture(overrides: Partial<PageCapture> = {}): CaptureReply {
  return {
    ok: true,
    capture: {
      url: 'https://example.org/post',
      canonicalUrl: 'https://example.org/post',
      title: 'A post',
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
      html: '<p>Some text</p>',
      text: 'Some text',
      readerable: true,
      ...overrides,
    },
  };
}

beforeEach(() => {
  fake.tabUrl = 'https://example.org/post';
  fake.fileAccess = true;
  fake.injectError = null;
  fake.reply = capture();
  fake.probe = { contentType: 'text/html', readyState: 'complete', frames: 0, textLength: 5000 };
  fake.badge = [];
});

describe('saving a tab', () => {
  test('saves, then reports a second save of the same page as an update', async () => {
    fake.reply = capture({ canonicalUrl: 'https://example.org/unique-1' });
    expect((await savePage(1, false)).status).toBe('saved');
    expect((await savePage(1, false)).status).toBe('updated');
  });

  test('a page that does not look like an article waits for "Save anyway"', async () => {
    fake.reply = capture({ readerable: false, canonicalUrl: 'https://example.org/unique-2' });
    expect(await savePage(1, false)).toEqual({ status: 'not-article', title: 'A post' });
    expect((await savePage(1, true)).status).toBe('saved');
  });

  test.each([
    ['chrome://settings', /Browser pages/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://example.org/paper.pdf', /PDF/],
  ])('%s is refused with a reason, without injecting', async (url, reason) => {
    fake.tabUrl = url;
    fake.injectError = new Error('must not be called');
    const outcome = await savePage(1, false);
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(outcome.reason).toMatch(reason);
  });

  test.each([
    [undefined, 'Cannot access a chrome:// URL', /Browser pages/],
    ['file:///home/me/page.html', 'Cannot access contents of url "file:///home/me/page.html"', /Access to file URLs/],
    ['https://example.org/x', 'The extensions gallery cannot be scripted.', /extension store/],
    ['https://example.org/x', 'Frame with ID 0 was removed.', /closed or navigated away/],
  ])('an injection refused on %s becomes a sentence a user can act on', async (url, message, reason) => {
    fake.tabUrl = url;
    fake.injectError = new Error(message);
    const outcome = await savePage(1, false);
    expect(outcome.status === 'failed' && outcome.reason).toMatch(reason);
  });

  test('a refused page whose address is hidden names file access only when it is off', async () => {
    fake.tabUrl = undefined; // Chromium hides a local file's address without file access
    fake.injectError = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    fake.fileAccess = false;
    expect(await savePage(1, false)).toEqual({ status: 'failed', reason: expect.stringMatching(/^The browser did not let Keepmark read this page\. If it is a file on your computer: .*Access to file URLs/) });
    fake.fileAccess = true;
    expect(await savePage(1, false)).toEqual({ status: 'failed', reason: 'The browser did not let Keepmark read this page. Click the Keepmark button on the page itself and try again.' });
  });

  test('a closed tab and a page with nothing to save are failures with the reason', async () => {
    expect(await savePage(404, false)).toEqual({ status: 'failed', reason: 'That tab is no longer open.' });
    fake.reply = { ok: false, nothingToSave: true, error: 'This page has no article text to save.' };
    expect(await savePage(1, false)).toEqual({ status: 'failed', reason: 'This page has no article text to save.' });
  });
});

describe('documents that are not web pages, pages still loading, articles in frames', () => {
  test.each([
    [{ readyState: 'loading' }, /still loading/],
    [{ contentType: 'application/pdf' }, /PDF document/],
    [{ contentType: 'image/png' }, /an image opened on its own/],
    [{ contentType: 'video/mp4' }, /video or sound file/],
    [{ contentType: 'text/plain' }, /plain text file/],
  ])('%o is refused with a reason before the content script goes in', async (probe, reason) => {
    fake.probe = { ...(fake.probe as object), ...probe };
    fake.reply = null; // the capture must not be asked for
    const outcome = await savePage(1, true);
    expect(outcome.status === 'failed' && outcome.reason).toMatch(reason);
  });

  test('a frame holder with no article of its own points to the frame; a page with an article and a frame saves', async () => {
    fake.probe = { contentType: 'text/html', readyState: 'complete', frames: 1, textLength: 20 };
    fake.reply = { ok: false, nothingToSave: true, error: 'This page has no article text to save.' };
    expect(await savePage(1, true)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/inside a frame.*Open frame in new tab/) });
    fake.reply = capture({ readerable: false, canonicalUrl: 'https://example.org/framed' });
    expect(await savePage(1, false)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/inside a frame/) });
    fake.probe = { contentType: 'text/html', readyState: 'complete', frames: 2, textLength: 5000 };
    fake.reply = capture({ canonicalUrl: 'https://example.org/with-embed' });
    expect((await savePage(1, false)).status).toBe('saved');
  });

  test('the badge says why for a shortcut save of a page still loading', async () => {
    fake.probe = { ...(fake.probe as object), readyState: 'loading' };
    expect((await saveFromGesture(7))?.status).toBe('failed');
    expect(fake.badge.map((b) => b.text).filter(Boolean)).toEqual(['!']);
    expect(fake.badge.find((b) => b.title)?.title).toMatch(/^Not saved: This page is still loading/);
  });
});

describe('saving from the shortcut or the context menu', () => {
  test('shows ✓ on the badge when saved, even for a page that is not article-like', async () => {
    fake.reply = capture({ readerable: false, canonicalUrl: 'https://example.org/unique-3' });
    expect((await saveFromGesture(7))?.status).toBe('saved');
    expect(fake.badge.map((b) => b.text).filter(Boolean)).toEqual(['✓']);
    expect(fake.badge.find((b) => b.title)?.title).toBe('Saved to Keepmark: A post');
  });

  test('shows ! with the reason when the save fails', async () => {
    fake.tabUrl = 'chrome://newtab';
    expect((await saveFromGesture(7))?.status).toBe('failed');
    expect(fake.badge.map((b) => b.text).filter(Boolean)).toEqual(['!']);
    expect(fake.badge.find((b) => b.title)?.title).toMatch(/^Not saved: Browser pages/);
  });
});
