/** A moment and the UTC offset (minutes) it was stated in. */
export interface OffsetDate {
  ms: number;
  offset: number;
}

/**
 * Reads an ISO 8601 date, keeping the offset it was written with. A date without an offset is read
 * as local time at `fallbackOffset` minutes from UTC.
 */
export function parseOffsetDate(value: string, fallbackOffset: number): OffsetDate | null {
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!m) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : { ms, offset: fallbackOffset };
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const offset = zone === undefined ? fallbackOffset : zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  const wallClock = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (Number.isNaN(wallClock)) return null;
  return { ms: wallClock - offset * 60_000, offset };
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  return sign * (parseInt(digits.slice(0, 2), 10) * 60 + parseInt(digits.slice(2), 10));
}

// Tokens of `formatDate`, longest first so `ZZ` is not read as two `Z`s.
const DATE_TOKENS = /YYYY|MM|DD|HH|mm|ss|ZZ|Z/g;

/**
 * `date` on its own wall clock, in a format of the tokens YYYY MM DD HH mm ss, ZZ (`+0800`) and
 * Z (`+08:00`); every other character is written as it is.
 */
export function formatDate(date: OffsetDate, format: string): string {
  const wall = new Date(date.ms + date.offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = date.offset < 0 ? '-' : '+';
  const hours = pad(Math.trunc(Math.abs(date.offset) / 60));
  const minutes = pad(Math.abs(date.offset) % 60);
  const fields: Record<string, string> = {
    YYYY: String(wall.getUTCFullYear()).padStart(4, '0'),
    MM: pad(wall.getUTCMonth() + 1),
    DD: pad(wall.getUTCDate()),
    HH: pad(wall.getUTCHours()),
    mm: pad(wall.getUTCMinutes()),
    ss: pad(wall.getUTCSeconds()),
    ZZ: `${sign}${hours}${minutes}`,
    Z: `${sign}${hours}:${minutes}`,
  };
  return format.replace(DATE_TOKENS, (token) => fields[token]);
}
