import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// A stand-in for the extension APIs "Save link" touches.
const fake = vi.hoisted(() => ({
  granted: new Set<string>(),
  answer: 'yes' as 'yes' | 'no' | 'no-gesture',
  asked: [] as string[][],
  badge: [] as Array<{ text?: string; title?: string }>,
}));

vi.mock('../../../src/shared/browser', () => ({
  default: {
    // No settings stored: the defaults apply.
    storage: { sync: { get: async () => ({}), set: async () => {}, remove: async () => {} } },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        fake.asked.push(origins);
        if (fake.answer === 'no-gesture') throw new Error('This function must be called during a user gesture');
        if (fake.answer === 'yes') origins.forEach((o) => fake.granted.add(o));
        return fake.answer === 'yes';
      },
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void fake.badge.push({ text }),
      setBadgeBackgroundColor: async () => {},
      setTitle: async ({ title }: { title: string }) => void fake.badge.push({ title }),
    },
  },
}));

const { saveLink, saveLinkFromMenu, originPattern } = await import('../../../src/background/save-link');

const ARTICLE = `<!doctype html><html lang="en"><head><title>Glaze chemistry for beginners</title></head><body><article><h1>Glaze chemistry for beginners</h1>
${'<p>Silica forms the glass, alumina stiffens the melt, and fluxes lower the temperature at which it all comes together.</p>'.repeat(8)}</article></body></html>`;

function respond(body: BodyInit, init: ResponseInit & { url?: string } = {}) {
  const fetchMock = vi.fn(async (url: string) => {
    const response = new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
    Object.defineProperty(response, 'url', { value: init.url ?? url });
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => {
  fake.granted = new Set();
  fake.answer = 'yes';
  fake.asked = [];
  fake.badge = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('"Save link" from the context menu', () => {
  test('asks for access to the link\'s site only, then fetches and saves its article', async () => {
    const fetchMock = respond(ARTICLE);
    const outcome = await saveLinkFromMenu('https://pottery.example:8443/glazes?x=1', 3);
    expect(fake.asked).toEqual([['https://pottery.example/*']]);
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(outcome.status).toBe('saved');
    if (outcome.status === 'saved') expect(outcome.article).toMatchObject({ title: 'Glaze chemistry for beginners', url: 'https://pottery.example:8443/glazes?x=1' });
    expect(fake.badge).toContainEqual({ text: '✓' });
  });

  test('refused access: nothing is fetched and the badge says why', async () => {
    fake.answer = 'no';
    const fetchMock = respond(ARTICLE);
    const outcome = await saveLinkFromMenu('https://pottery.example/glazes', 3);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(outcome).toEqual({ status: 'failed', reason: 'Keepmark may not read pottery.example: allow it when the browser asks, then save the link again.' });
    expect(fake.badge).toContainEqual({ text: '!' });
    expect(fake.badge).toContainEqual({ title: `Not saved: ${outcome.status === 'failed' && outcome.reason}` });
  });

  test('access granted before needs no answer now, even where the browser will not ask', async () => {
    fake.answer = 'no-gesture';
    fake.granted.add('https://pottery.example/*');
    respond(ARTICLE);
    expect((await saveLinkFromMenu('https://pottery.example/glazes', 3)).status).toBe('saved');
  });
});

describe('saving a linked page', () => {
  beforeEach(() => fake.granted.add('https://pottery.example/*'));

  test.each([
    ['mailto:me@pottery.example', 'Only web links (http or https) can be saved.'],
    ['javascript:alert(1)', 'Only web links (http or https) can be saved.'],
  ])('%s is not a web link', async (url, reason) => {
    const fetchMock = respond(ARTICLE);
    expect(await saveLink(url)).toEqual({ status: 'failed', reason });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('an error status, a file that is not a page and a page without article text are failures with the reason', async () => {
    respond('gone', { status: 404, statusText: 'Not Found' });
    expect(await saveLink('https://pottery.example/a')).toEqual({ status: 'failed', reason: 'The link answered 404 Not Found: there is no page to save.' });
    respond('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
    expect(await saveLink('https://pottery.example/a.pdf')).toEqual({ status: 'failed', reason: 'The link is not a web page (application/pdf): Keepmark saves web articles.' });
    respond('<html><body><nav></nav></body></html>');
    expect(await saveLink('https://pottery.example/empty')).toEqual({ status: 'failed', reason: 'The linked page has no article text to save.' });
  });

  test('a site that cannot be reached or does not answer in time', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await saveLink('https://pottery.example/a')).toEqual({ status: 'failed', reason: 'pottery.example could not be reached: Failed to fetch' });
    vi.stubGlobal('fetch', async () => Promise.reject(new DOMException('timed out', 'TimeoutError')));
    expect(await saveLink('https://pottery.example/a')).toEqual({ status: 'failed', reason: 'pottery.example did not answer within 30 seconds.' });
  });

  test('a page in GBK is decoded by its declared charset, and saved under the address it redirected to', async () => {
    const gbk = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好
    const html = new Uint8Array([...new TextEncoder().encode(`<html><head><meta charset="gbk"><title>T</title></head><body><article><p>`), ...gbk, ...new TextEncoder().encode(`</p>${'<p>text text text</p>'.repeat(5)}</article></body></html>`)]);
    respond(html, { headers: { 'content-type': 'text/html' }, url: 'https://pottery.example/final' });
    const outcome = await saveLink('https://pottery.example/start');
    expect(outcome.status === 'saved' && outcome.article.url).toBe('https://pottery.example/final');
  });
});

test('the permission a link needs is its scheme and host, any port', () => {
  expect(originPattern('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1/*');
  expect(originPattern('ftp://a.example/x')).toBeNull();
  expect(originPattern('not a url')).toBeNull();
});
