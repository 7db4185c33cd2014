import { safeFileName, truncateBytes } from '../filename';

// The extension a browser and a static site server agree on for each image type.
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/png': 'png',
  'image/apng': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/tiff': 'tiff',
};
const MAX_STEM_BYTES = 80;

/** The file extension of an image of MIME type `type` (parameters ignored); `img` when unknown. */
export function imageExtension(type: string): string {
  return EXTENSIONS[type.split(';')[0].trim().toLowerCase()] ?? 'img';
}

/**
 * A safe file name for an image kept from `url`: the last part of the URL's path, without its own
 * extension, then the extension of the type it was served as (a `.php` or extension-less address
 * serving a PNG is saved as `.png`). Never a path: `/` and `..` in the URL cannot leave the folder.
 */
export function imageFileName(url: string, type: string): string {
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    // not a URL, or a malformed escape: fall back to a generic name
  }
  const stem = truncateBytes(last.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}\p{M}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, ''), MAX_STEM_BYTES);
  return safeFileName(`${stem || 'image'}.${imageExtension(type)}`);
}

/**
 * The key an image address is matched by: as Keepmark's converter writes it (spaces and angle
 * brackets percent-encoded, see convert/rules/images.ts), with `%28`/`%29` read as the parentheses
 * they stand for, so `fig(1).png` and `fig%281%29.png` are the same image.
 */
export function imageAddressKey(url: string): string {
  return url.replace(/[\s<>]/g, encodeURIComponent).replace(/%28/gi, '(').replace(/%29/gi, ')');
}

// `![alt](destination` — the alt may hold escaped brackets; the destination has no spaces, and
// parentheses only in balanced pairs, as CommonMark reads it.
const IMAGE = /(!\[(?:\\.|[^\\\]])*\]\()((?:[^\s()]|\([^\s()]*\))+)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The Markdown with each image's destination replaced by `target(destination)` where that gives
 * one, and left as it is otherwise. Code blocks are text, not images: their lines are left alone.
 */
export function rewriteImageLinks(markdown: string, target: (destination: string) => string | undefined): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = line.match(FENCE)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.replace(IMAGE, (whole, start: string, destination: string) => {
        const replacement = target(destination);
        return replacement === undefined ? whole : start + replacement;
      });
    })
    .join('\n');
}

/** Every image destination in the Markdown, outside code blocks, in order. */
export function imageDestinations(markdown: string): string[] {
  const found: string[] = [];
  rewriteImageLinks(markdown, (destination) => {
    found.push(destination);
    return undefined;
  });
  return found;
}
