import type { ImageReport } from '../types';

/** One image downloaded for an article, before it is stored. */
export interface FetchedImage {
  url: string;
  blob: Blob;
  type: string;
}

export interface ImageFailure {
  url: string;
  reason: string;
}

/** What downloading an article's images came to: per URL, the image or why it failed. */
export type ImageOutcome = { url: string; image: FetchedImage } | { url: string; failure: string };

/** Default room for one article's images: enough for long illustrated posts, not for a video. */
export const DEFAULT_IMAGE_CAP_BYTES = 50 * 1024 * 1024;

/** A size for people: 1.5 MB, 300 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Chooses which downloaded images to keep within `capBytes` (`usedBytes` already taken by images
 * kept before): in reading order, each image that still fits. One that does not fit is reported,
 * never silently dropped.
 */
export function keepWithinCap(outcomes: ImageOutcome[], capBytes: number, usedBytes = 0): { kept: FetchedImage[]; failed: ImageFailure[] } {
  const kept: FetchedImage[] = [];
  const failed: ImageFailure[] = [];
  let used = usedBytes;
  for (const outcome of outcomes) {
    if ('failure' in outcome) {
      failed.push({ url: outcome.url, reason: outcome.failure });
    } else if (used + outcome.image.blob.size > capBytes) {
      failed.push({ url: outcome.url, reason: `over the ${formatBytes(capBytes)} limit for one article’s images (this one is ${formatBytes(outcome.image.blob.size)})` });
    } else {
      used += outcome.image.blob.size;
      kept.push(outcome.image);
    }
  }
  return { kept, failed };
}

/** The report after a retry: the retried URLs that are now kept leave the failed list. */
export function reportAfterRetry(before: ImageReport, keptUrls: string[], stillFailed: ImageFailure[]): ImageReport {
  const retried = new Set([...keptUrls, ...stillFailed.map((f) => f.url)]);
  const untouched = before.failed.filter((f) => !retried.has(f.url));
  return { total: before.total, saved: before.saved + keptUrls.length, failed: [...untouched, ...stillFailed] };
}

/** "3 of 25 images could not be saved", or null when every image was kept. */
export function imageReportSummary(report: ImageReport): string | null {
  if (report.failed.length === 0) return null;
  const noun = report.total === 1 ? 'image' : 'images';
  return `${report.failed.length} of ${report.total} ${noun} could not be saved`;
}
