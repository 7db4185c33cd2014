// Characters Windows, macOS or Linux refuse in a file name, and control characters.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_SLUG_BYTES = 120;

/**
 * A URL- and file-system-safe slug: Latin letters lowercased, letters of every script kept
 * (a Chinese title stays readable), everything else a single hyphen.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(FORBIDDEN, ' ')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return truncateBytes(slug, MAX_SLUG_BYTES).replace(/-+$/, '');
}

/** Cuts `text` to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > max) break;
    out += char;
    bytes += size;
  }
  return out;
}

// Names Windows reserves for devices, with or without an extension (`CON`, `nul.md`).
const RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?=\.|$)/i;
// A short extension such as `.md`, kept when a long name is cut.
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
const MAX_NAME_BYTES = 255;

/**
 * One file or folder name that every common file system accepts: forbidden characters become
 * spaces, whitespace runs one space, no leading or trailing dots or spaces (Windows drops trailing
 * ones, and a leading dot hides the file), a reserved device name gets `_`, and the name fits in
 * 255 UTF-8 bytes with its extension kept. Never empty, `.` or `..`.
 */
export function safeFileName(name: string): string {
  const extension = name.match(EXTENSION)?.[0] ?? '';
  const clean = (text: string) => text.replace(/^[.\s]+|[.\s]+$/g, '');
  let stem = clean(name.slice(0, name.length - extension.length).replace(FORBIDDEN, ' ').replace(/\s+/g, ' '));
  stem = clean(truncateBytes(stem, MAX_NAME_BYTES - extension.length)) || '_';
  return stem.replace(RESERVED, '$&_') + extension;
}
