import { keepWithinCap, type FetchedImage, type ImageFailure, type ImageOutcome } from '../../core/images/keep';
import { fetchImage, type FetchImageResult } from './fetch-image';

/** What downloading needs from the browser, passed in so tests can stand in for it. */
export interface DownloadDeps {
  fetch: typeof fetch;
  /** Whether Keepmark holds host access to the origin of `url` (an optional permission). */
  canAccess(url: string): Promise<boolean>;
  /** Runs `attempt` while requests to `url` carry `pageUrl` as their Referer, as the page's own would. */
  withPageReferer<T>(url: string, pageUrl: string, attempt: () => Promise<T>): Promise<T>;
  timeoutMs?: number;
}

export const IMAGE_TIMEOUT_MS = 15_000;
/** Downloads at once: enough to overlap slow hosts, few enough not to flood one. */
const PARALLEL = 4;

/** The sentence a user reads for an image left as a link for want of host access. */
export function noAccessReason(url: string): string {
  return `left as a link: Keepmark may not download from ${new URL(url).host} until you allow image downloads in its popup`;
}

async function downloadOne(url: string, pageUrl: string, maxBytes: number, deps: DownloadDeps): Promise<ImageOutcome> {
  if (!(await deps.canAccess(url))) return { url, failure: noAccessReason(url) };
  const options = { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? IMAGE_TIMEOUT_MS, maxBytes };
  let result: FetchImageResult = await fetchImage(url, options);
  if (!result.ok && result.refused) {
    // Once more as the page itself loads it, with the article's address as Referer (hosts that allow only their own pages).
    const first = result.reason;
    result = await deps.withPageReferer(url, pageUrl, () => fetchImage(url, options)).catch((error: Error) => ({ ok: false as const, reason: error.message, refused: true }));
    if (!result.ok) return { url, failure: result.reason === first ? result.reason : `${first}; with the page’s Referer: ${result.reason}` };
  }
  return result.ok ? { url, image: result.image } : { url, failure: result.reason };
}

/**
 * Downloads an article's images (before any library transaction opens) and chooses what fits in
 * `capBytes`, of which `usedBytes` are taken by images kept before. Every URL ends kept or failed
 * with a reason.
 */
export async function downloadImages(
  urls: string[],
  pageUrl: string,
  capBytes: number,
  deps: DownloadDeps,
  usedBytes = 0,
): Promise<{ kept: FetchedImage[]; failed: ImageFailure[] }> {
  const outcomes: ImageOutcome[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      outcomes[i] = await downloadOne(urls[i], pageUrl, Math.max(0, capBytes - usedBytes), deps);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  return keepWithinCap(outcomes, capBytes, usedBytes);
}
