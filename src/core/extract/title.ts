// Separators sites put between an article title and their own name.
const SEPARATORS = /\s+[-–—·•»_]\s+|\s*[|｜]\s*|\s+::\s+/;

/**
 * The article title without the site's suffix or prefix ("Title - Site", "Site | Title").
 * Keeps the title whole when no part names the site or the parts are all long.
 */
export function cleanTitle(title: string, siteName: string | null): string | null {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const parts = clean.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return clean;
  const site = siteName?.toLowerCase().trim();
  if (site) {
    const kept = parts.filter((p) => {
      const lower = p.toLowerCase();
      return !(lower === site || site.includes(lower) || lower.includes(site));
    });
    if (kept.length && kept.length < parts.length) return rejoin(clean, kept);
  }
  // "Title - Site" with no site name declared: drop a short last part.
  const last = parts[parts.length - 1];
  const rest = parts.slice(0, -1).join(' ');
  if (last.length <= 20 && rest.length >= last.length * 2) return rejoin(clean, parts.slice(0, -1));
  return clean;
}

/** Joins kept parts with the separators they had in the original title. */
function rejoin(original: string, kept: string[]): string {
  const start = original.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = original.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? original.slice(start, end).trim() : kept.join(' ');
}

/**
 * The article title of a page: the declared `title` with entities a CMS escaped twice decoded, cut
 * down to the page's first `<h1>` when the `<h1>` is one of the title's parts ("Promise - JavaScript"
 * with `<h1>Promise</h1>`), else without its site suffix or prefix (`cleanTitle`).
 */
export function pageTitle(doc: Document, title: string, siteName: string | null): string | null {
  const decoded = decodeEntities(title).replace(/\s+/g, ' ').trim();
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (h1 && decoded) {
    const parts = decoded.split(SEPARATORS).map(foldTitle);
    if (parts.length > 1 && parts.includes(foldTitle(h1))) return h1;
  }
  return cleanTitle(decoded, siteName);
}

/** A title as compared with a heading: lower case, punctuation and runs of spaces as one space. */
export function foldTitle(value: string): string {
  return value.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references left in text that was escaped twice (`&amp;#039;` read once gives `&#039;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
