// Image formats recognised by their first bytes, as browsers sniff them
// (https://mimesniff.spec.whatwg.org/#matching-an-image-type-pattern), plus AVIF/HEIC and JPEG XL.
const SIGNATURES: Array<[string, Array<number | null>]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
  ['image/bmp', [0x42, 0x4d]],
  ['image/x-icon', [0x00, 0x00, 0x01, 0x00]],
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['image/jxl', [0xff, 0x0a]],
  ['image/jxl', [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20]],
];

const FTYP_BRANDS: Record<string, string> = { avif: 'image/avif', avis: 'image/avif', heic: 'image/heic', heix: 'image/heic', mif1: 'image/heif' };

function startsWith(bytes: Uint8Array, pattern: Array<number | null>): boolean {
  return bytes.length >= pattern.length && pattern.every((b, i) => b === null || bytes[i] === b);
}

/** SVG is text: an `<svg` root after an optional XML declaration, comments and doctype. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

/** The image type the bytes themselves show, or null when they are not an image Keepmark knows. */
export function sniffImageType(bytes: Uint8Array): string | null {
  for (const [type, pattern] of SIGNATURES) if (startsWith(bytes, pattern)) return type;
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') {
    const brand = FTYP_BRANDS[String.fromCharCode(...bytes.subarray(8, 12))];
    if (brand) return brand;
  }
  return looksLikeSvg(bytes) ? 'image/svg+xml' : null;
}

/** The media type of a Content-Type header, lowercased, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export type ImageCheck = { ok: true; type: string } | { ok: false; reason: string };

/**
 * Whether a response body is really an image. The bytes decide: a server may label an HTML error
 * page `image/png`, or serve a real image as `application/octet-stream`. A declared image type is
 * kept when the bytes agree it is an image; otherwise the sniffed type is stored.
 */
export function checkImage(bytes: Uint8Array, contentType: string | null): ImageCheck {
  const declared = mediaType(contentType);
  const sniffed = sniffImageType(bytes);
  if (sniffed) return { ok: true, type: declared.startsWith('image/') ? declared : sniffed };
  if (bytes.length === 0) return { ok: false, reason: 'the server sent an empty file' };
  if (declared.startsWith('image/')) return { ok: false, reason: `labelled ${declared} but the file is not an image` };
  return { ok: false, reason: `not an image: the server sent ${declared || 'a file with no type'}` };
}
