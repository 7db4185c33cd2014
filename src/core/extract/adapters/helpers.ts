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
 * Reads a `YYYY-MM-DD[ HH:MM[:SS]]` stamp (also with `/`, `.` or 年月日 between the parts) as ISO 8601.
 * A stamp that states its own offset keeps it; one without is taken as China Standard Time (+08:00),
 * which is what Chinese platforms show.
 */
export function chinaTime(stamp: string): string | null {
  if (/\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(stamp.trim())) return stamp.trim();
  const m = stamp.match(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const pad = (v: string) => v.padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
}

/** The moment `ms` (epoch milliseconds) as ISO 8601 in China Standard Time, the offset these platforms show. */
export function chinaTimeAt(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  return new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** Any date stamp as ISO 8601 in +08:00: an ISO instant (`…T01:41:00.000Z`) is moved there, a bare stamp read by `chinaTime`. */
export function toChinaTime(stamp: string): string | null {
  const value = stamp.trim();
  return /T.*(?:Z|[+-]\d{2}:\d{2})$/i.test(value) ? chinaTimeAt(Date.parse(value)) : chinaTime(value);
}

/** Unique trimmed texts of the elements under `root` matching `selector`, in page order. */
export function texts(root: ParentNode, selector: string): string[] {
  const values = [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return [...new Set(values.filter(Boolean))];
}

/**
 * Points links that go through a platform's redirect page (`https://link.zhihu.com/?target=…`)
 * straight at their target, so the saved article does not depend on the platform's redirector.
 */
export function unwrapRedirects(root: ParentNode, redirectHost: string, param: string): void {
  for (const a of root.querySelectorAll('a[href]')) {
    let href: URL;
    try {
      // Only absolute or protocol-relative links can go through the redirector.
      href = new URL(a.getAttribute('href')!, 'https://keepmark.invalid/');
    } catch {
      continue;
    }
    const target = href.hostname === redirectHost ? href.searchParams.get(param) : null;
    if (!target || !/^https?:\/\//i.test(target)) continue;
    a.setAttribute('href', target);
    // Juejin repeats the target as the link's title; as a Markdown link title it only adds noise.
    if (a.getAttribute('title') === target) a.removeAttribute('title');
  }
}
