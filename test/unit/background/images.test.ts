import { describe, expect, test } from 'vitest';
import { fetchImage } from '../../../src/background/images/fetch-image';
import { downloadImages, noAccessReason, type DownloadDeps } from '../../../src/background/images/download';

const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b]);

type Handler = (url: string, init: RequestInit, referer: string | null) => Response | Promise<Response>;

/** A fetch that answers from `handler` and records each call, with the Referer a page rule would set. */
function fakeFetch(handler: Handler) {
  const calls: Array<{ url: string; init: RequestInit; referer: string | null }> = [];
  let pageReferer: string | null = null;
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init, referer: pageReferer });
    return handler(url, init, pageReferer);
  }) as typeof globalThis.fetch;
  const deps: DownloadDeps = {
    fetch,
    canAccess: async () => true,
    async withPageReferer(_url, pageUrl, attempt) {
      pageReferer = pageUrl;
      try {
        return await attempt();
      } finally {
        pageReferer = null;
      }
    },
    timeoutMs: 200,
  };
  return { calls, deps };
}

const ok = (body: BodyInit | null = GIF, type = 'image/gif', headers: Record<string, string> = {}) => new Response(body, { headers: { 'content-type': type, ...headers } });
const options = (fetch: typeof globalThis.fetch, maxBytes = 1000) => ({ fetch, timeoutMs: 100, maxBytes });

/** A body that sends `chunk` every `everyMs` for ever (until cancelled). */
function endless(chunk: Uint8Array, everyMs: number): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setInterval>;
  return new ReadableStream({
    start(controller) {
      timer = setInterval(() => controller.enqueue(chunk), everyMs);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

describe('fetchImage', () => {
  test('sends no Referer and no cookies, follows redirects, and keeps the bytes exactly', async () => {
    const { calls, deps } = fakeFetch(() => ok());
    const result = await fetchImage('https://img.example.com/a.gif', options(deps.fetch));
    expect(calls[0].init).toMatchObject({ referrerPolicy: 'no-referrer', credentials: 'omit', redirect: 'follow' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.image.type).toBe('image/gif');
    expect(new Uint8Array(await result.image.blob.arrayBuffer())).toEqual(GIF);
  });

  test('an HTTP error is a refusal, with its status', async () => {
    const { deps } = fakeFetch(() => new Response('no', { status: 403 }));
    expect(await fetchImage('https://img.example.com/a.gif', options(deps.fetch))).toEqual({ ok: false, reason: 'the server refused it (HTTP 403)', refused: true });
  });

  test('a page instead of an image is refused with its type', async () => {
    const { deps } = fakeFetch(() => ok('<!doctype html><p>Log in to see this picture</p>', 'text/html'));
    expect(await fetchImage('https://img.example.com/a.gif', options(deps.fetch))).toEqual({ ok: false, reason: 'not an image: the server sent text/html', refused: true });
  });

  test('a file larger than it may be is stopped, by its declared length or while it streams', async () => {
    const declared = fakeFetch(() => ok(new Uint8Array(2048), 'image/gif', { 'content-length': '2048' }));
    expect(await fetchImage('https://img.example.com/big.gif', options(declared.deps.fetch))).toEqual({ ok: false, reason: 'too large: 2 KB, more than the 1000 bytes left for this article’s images', refused: false });
    const streamed = fakeFetch(() => ok(endless(GIF, 1), 'image/gif'));
    expect(await fetchImage('https://img.example.com/big.gif', options(streamed.deps.fetch))).toEqual({ ok: false, reason: 'too large: more than the 1000 bytes left for this article’s images', refused: false });
  });

  test('a server that stops answering times out with a clear reason; one that keeps sending does not', async () => {
    const stalled = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const { deps } = fakeFetch(stalled);
    expect(await fetchImage('https://img.example.com/slow.gif', options(deps.fetch))).toEqual({ ok: false, reason: 'timed out: the server sent nothing for 0.1 s', refused: false });
    // 30 pieces 10 ms apart: 300 ms in all, three times the 100 ms of silence allowed.
    let sent = 0;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 10));
        if (sent === 0) controller.enqueue(GIF.slice(0, 6));
        else controller.enqueue(new Uint8Array(1));
        if (++sent === 30) controller.close();
      },
    });
    const slowButSteady = fakeFetch(() => ok(trickle));
    const result = await fetchImage('https://img.example.com/steady.gif', options(slowButSteady.deps.fetch));
    expect(result.ok).toBe(true);
  });

  test('a network error is reported with the browser’s words', async () => {
    const { deps } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchImage('https://img.example.com/a.gif', options(deps.fetch))).toEqual({ ok: false, reason: 'could not be downloaded (Failed to fetch)', refused: true });
  });
});

describe('downloadImages', () => {
  const PAGE = 'https://blog.example.org/post/1';

  test('a host that wants its own page as Referer gets one more try with it; the result says what happened', async () => {
    const { calls, deps } = fakeFetch((url, _init, referer) => {
      if (url.endsWith('/own-pages-only.gif')) return referer === PAGE ? ok() : new Response('', { status: 403 });
      if (url.endsWith('/gone.gif')) return new Response('', { status: 404 });
      return ok();
    });
    const { kept, failed } = await downloadImages(['https://img.example.com/plain.gif', 'https://img.example.com/own-pages-only.gif', 'https://img.example.com/gone.gif'], PAGE, 10_000, deps);
    expect(kept.map((k) => k.url)).toEqual(['https://img.example.com/plain.gif', 'https://img.example.com/own-pages-only.gif']);
    expect(failed).toEqual([{ url: 'https://img.example.com/gone.gif', reason: 'the server refused it (HTTP 404)' }]);
    // The plain image was asked for once, without Referer; the others twice, the second time with the page's.
    expect(calls.map((c) => [c.url.split('/').pop(), c.referer])).toEqual([
      ['plain.gif', null],
      ['own-pages-only.gif', null],
      ['gone.gif', null],
      ['own-pages-only.gif', PAGE],
      ['gone.gif', PAGE],
    ]);
  });

  test('a timeout or an oversized file is not retried', async () => {
    const { calls, deps } = fakeFetch(() => ok(new Uint8Array(5000), 'image/gif', { 'content-length': '5000' }));
    const { failed } = await downloadImages(['https://img.example.com/big.gif'], PAGE, 1000, deps);
    expect(failed[0].reason).toMatch(/^too large/);
    expect(calls).toHaveLength(1);
  });

  test('without host access nothing is fetched and the report says the image stays a link', async () => {
    const { calls, deps } = fakeFetch(() => ok());
    const { kept, failed } = await downloadImages(['https://img.example.com/a.gif'], PAGE, 1000, { ...deps, canAccess: async () => false });
    expect(calls).toEqual([]);
    expect(kept).toEqual([]);
    expect(failed).toEqual([{ url: 'https://img.example.com/a.gif', reason: noAccessReason('https://img.example.com/a.gif') }]);
    expect(failed[0].reason).toMatch(/left as a link.*img\.example\.com.*allow image downloads/);
  });

  test('images beyond the article’s cap are reported, and bytes kept before count against it', async () => {
    const { deps } = fakeFetch(() => ok(new Uint8Array([...GIF, ...new Uint8Array(586)]))); // 600 bytes each
    const urls = ['https://img.example.com/1.gif', 'https://img.example.com/2.gif'];
    expect((await downloadImages(urls, PAGE, 1000, deps)).failed.map((f) => f.url)).toEqual(['https://img.example.com/2.gif']);
    expect((await downloadImages(urls, PAGE, 1000, deps, 500)).kept).toEqual([]);
  });
});
