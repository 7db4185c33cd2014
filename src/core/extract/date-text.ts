/** A calendar day written in a page's text, and what the words just before it call it. */
export interface TextDate {
  /** `YYYY-MM-DD`: a day with no time, so no time-zone conversion can move it. */
  day: string;
  /**
   * `updated` for "Updated May 3, 2024", `published` for "Posted on …", `other` for a date that is
   * not the article's ("Joined 3 May 2020"), else `plain`.
   */
  label: 'published' | 'updated' | 'plain' | 'other';
  /** Where the date starts in the text it was found in. */
  index: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

// One alternative per way of writing a day; the named groups say which part is which.
const DATE_IN_TEXT = new RegExp(
  [
    `(?<cy>\\d{4})\\s*年\\s*(?<cm>\\d{1,2})\\s*月\\s*(?<cd>\\d{1,2})\\s*日`,
    `\\b(?<iy>\\d{4})(?<isep>[-/.])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})(?![\\d/.-]*\\d)`,
    `\\b${MONTH.replace('(', '(?<mm>')}\\s+(?<md>\\d{1,2})${ORDINAL},?\\s+(?<my>\\d{4})\\b`,
    `\\b(?<dd>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH.replace('(', '(?<dm>')},?\\s+(?<dy>\\d{4})\\b`,
    `(?<![\\d/.-])(?<na>\\d{1,2})(?<nsep>[-/.])(?<nb>\\d{1,2})\\k<nsep>(?<ny>\\d{4})\\b`,
  ].join('|'),
  'gi',
);

// Words that say what a day is, read in the few words just before it; the nearest one counts
// ("Start here · Published May 3" is a published date). `other`: a member's, an offer's or an event's day.
const LABELS: [TextDate['label'], string][] = [
  ['other', 'joined|member since|registered|since|born|ends?|valid|until|till|expires?|deadline|due|starts?|opens?|closes?'],
  ['updated', 'updated|modified|edited|revised|reviewed|refreshed|last'],
  ['published', 'published|posted|written|created|released|date|发布|发表'],
];
const LABEL_WORDS = new RegExp(LABELS.map(([label, words]) => `(?<${label}>${words})`).join('|'), 'gi');
// At most this much non-date text between a label and its day ("Updated on: ", "Posted by Oda · ").
const LABEL_REACH = 20;

/** What the text just before a day calls it. */
function labelBefore(before: string): TextDate['label'] {
  let label: TextDate['label'] = 'plain';
  for (const m of before.matchAll(LABEL_WORDS)) {
    const rest = before.slice(m.index + m[0].length);
    const ascii = /^[a-z]/i.test(m[0]);
    // A Latin word must stand alone ("due", not "subdued"); the label must reach the day.
    if (ascii && (/[a-z]/i.test(before[m.index - 1] ?? '') || /^[a-z]/i.test(rest))) continue;
    if (rest.length > LABEL_REACH || /[.!?\d]/.test(rest)) continue;
    label = LABELS.find(([name]) => m.groups?.[name])![0];
  }
  return label;
}

/**
 * Every calendar day written in `text`, in order: "May 3, 2023", "3rd May 2023", "2023-05-03",
 * "2023/5/3", "2023年5月3日", "03.05.2023" (day first) and "05/03/2023" or "05-03-2023" (month first unless
 * `dayFirst`, or unless the first number cannot be a month). Two-digit years and dates that are no
 * real day (a 31st of June) are not dates.
 */
export function datesInText(text: string, dayFirst: boolean): TextDate[] {
  const found: TextDate[] = [];
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const g = m.groups!;
    let ymd: [number, number, number] | null = null;
    if (g.cy) ymd = [+g.cy, +g.cm, +g.cd];
    else if (g.iy) ymd = [+g.iy, +g.im, +g.id];
    else if (g.mm) ymd = [+g.my, MONTHS[g.mm.toLowerCase()], +g.md];
    else if (g.dm) ymd = [+g.dy, MONTHS[g.dm.toLowerCase()], +g.dd];
    else if (g.na) ymd = numericDate(+g.na, +g.nb, +g.ny, dayFirst || g.nsep === '.');
    const day = ymd && isoDay(...ymd);
    if (!day) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const label = labelBefore(before);
    found.push({ day, label, index: m.index });
  }
  return found;
}

/** `a/b/year`: day and month in the order the page's locale writes them, unless one of them cannot be a month. */
function numericDate(a: number, b: number, year: number, dayFirst: boolean): [number, number, number] {
  if (a > 12) return [year, b, a];
  if (b > 12) return [year, a, b];
  return dayFirst ? [year, b, a] : [year, a, b];
}

/** `YYYY-MM-DD` when the three numbers name a real day, else null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || !month || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The date a page means by a published-date value it declares: an ISO 8601 value as it is (its
 * offset kept), else the day its words name ("Thu, 09/25/2025 - 11:38", "Dec 19th 2025"), else
 * what `Date.parse` reads as long as it names a day (an RFC 2822 date). Null for anything else.
 */
export function declaredDate(value: string, dayFirst: boolean): string | null {
  const clean = value
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim()
    // Go's default time format (Hugo's dates) names the zone after its offset: "… +0000 UTC".
    .replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*[+-]\d{2}:?\d{2})\s+[A-Z]{2,5}$/, '$1');
  if (/^\d{4}-\d{2}-\d{2}(?:$|[T\s]\d)/.test(clean)) return clean;
  if (/^\d{4}-\d{2}-\d{2}/.test(clean)) return clean.slice(0, 10);
  const [first] = datesInText(clean, dayFirst);
  if (first) return first.day;
  const ms = Date.parse(clean);
  return Number.isNaN(ms) || !/\d{4}/.test(clean) ? null : new Date(ms).toISOString();
}
