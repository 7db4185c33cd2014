/** Trimmed text of the first element matching `selector`, or null. */
export function text(root: ParentNode, selector: string): string | null {
  const value = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return value || null;
}

/** Removes every element under `root` that matches `selector`. */
export function removeAll(root: ParentNode, selector: string): void {
  for (const el of root.querySelectorAll(selector)) el.remove();
}

/**
 * Reads a `YYYY-MM-DD[ HH:MM[:SS]]` stamp as ISO 8601. A stamp that states its own offset keeps it;
 * one without is taken as China Standard Time (+08:00), which is what Chinese platforms show.
 */
export function chinaTime(stamp: string): string | null {
  if (/\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(stamp.trim())) return stamp.trim();
  const m = stamp.match(/(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const pad = (v: string) => v.padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
}
