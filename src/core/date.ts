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

/** The wall-clock fields of `date` in its own offset. */
function fields(date: OffsetDate) {
  const wall = new Date(date.ms + date.offset * 60_000);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const sign = date.offset < 0 ? '-' : '+';
  return {
    day: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`,
    zone: `${sign}${pad(Math.trunc(Math.abs(date.offset) / 60))}${pad(Math.abs(date.offset) % 60)}`,
  };
}

/** `2025-02-25 21:26:48 +0800`: Jekyll's front-matter date. */
export function jekyllDate(date: OffsetDate): string {
  const f = fields(date);
  return `${f.day} ${f.time} ${f.zone}`;
}

/** `2025-02-25`: the day part of a post's file name, in the date's own offset. */
export function dayOf(date: OffsetDate): string {
  return fields(date).day;
}
