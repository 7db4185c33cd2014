import { checkImage } from '../../core/images/sniff';
import { formatBytes, type FetchedImage } from '../../core/images/keep';

export interface FetchImageOptions {
  fetch: typeof fetch;
  /** Longest wait for the answer to start, and then for each next piece of it. */
  timeoutMs: number;
  /** Largest file accepted; a larger one is stopped as soon as it is seen to be larger. */
  maxBytes: number;
}

/**
 * An image, or why not. `refused` marks failures a host's hotlink protection can cause (an HTTP
 * error, a network error, a page instead of an image), worth one more try as the page loads it.
 */
export type FetchImageResult = { ok: true; image: FetchedImage } | { ok: false; reason: string; refused: boolean };

/** A file past the size allowed; `size` when the server declared it. */
class TooLarge extends Error {
  constructor(readonly size: number | null) {
    super('too large');
  }
}

async function readCapped(response: Response, maxBytes: number, onProgress: () => void): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooLarge(declared);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLarge(null);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Downloads one image without a Referer and without cookies: hosts with hotlink protection (CSDN,
 * WeChat) refuse another site's Referer but serve a request that has none. Redirects are followed.
 */
export async function fetchImage(url: string, options: FetchImageOptions): Promise<FetchImageResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A large image on a slow line still arrives; a server that stops sending does not hold the save.
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), options.timeoutMs);
  };
  rearm();
  try {
    const response = await options.fetch(url, { referrerPolicy: 'no-referrer', credentials: 'omit', redirect: 'follow', signal: controller.signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, reason: `the server refused it (HTTP ${response.status})`, refused: true };
    }
    const bytes = await readCapped(response, options.maxBytes, rearm);
    const check = checkImage(bytes, response.headers.get('content-type'));
    if (!check.ok) return { ok: false, reason: check.reason, refused: true };
    return { ok: true, image: { url, type: check.type, blob: new Blob([bytes], { type: check.type }) } };
  } catch (error) {
    if (error instanceof TooLarge) {
      const size = error.size === null ? '' : `${formatBytes(error.size)}, `;
      return { ok: false, reason: `too large: ${size}more than the ${formatBytes(options.maxBytes)} left for this article’s images`, refused: false };
    }
    if (controller.signal.aborted) return { ok: false, reason: `timed out: the server sent nothing for ${+(options.timeoutMs / 1000).toFixed(1)} s`, refused: false };
    return { ok: false, reason: `could not be downloaded (${(error as Error).message || 'network error'})`, refused: true };
  } finally {
    clearTimeout(timer);
  }
}
