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

/** Jekyll's post name: `YYYY-MM-DD-slug.md`. */
export function postFileName(day: string, title: string, fallback: string): string {
  return `${day}-${slugify(title) || slugify(fallback) || 'article'}.md`;
}
