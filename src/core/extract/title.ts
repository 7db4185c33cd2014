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
