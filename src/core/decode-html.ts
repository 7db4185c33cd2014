// How far into a page a browser looks for <meta charset> (the HTML standard's prescan).
const PRESCAN_BYTES = 1024;

/**
 * Decodes a fetched page as a browser would: the charset of the Content-Type header, else the one
 * its <meta> declares near the top, else UTF-8. An unknown label falls back to UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetIn(contentType ?? '') ?? metaCharset(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function charsetIn(text: string): string | null {
  return text.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = meta.match(/\bcharset\s*=\s*["']?([\w.:-]+)/i)?.[1];
    if (direct) return direct;
  }
  return null;
}
