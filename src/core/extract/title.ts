// Separators sites put between an article title and their own name or a tagline.
const SEPARATORS = /\s+[-–—·•»_/:]\s+|\s*[|｜]\s*|\s+::\s+/;
const VERTICAL_BAR = /\s*[|｜]\s*/;

/** What a page says its title is, and who it says it is: the input of `pageTitle`. */
export interface TitleSignals {
  /** Titles the page declares, most trusted first (JSON-LD headline, og:title, twitter:title, `<title>`). */
  titles: string[];
  /** The page's first `<h1>` texts, in page order, read before extraction moves them. */
  headings: string[];
  /** Names the site gives itself (og:site_name, application-name, JSON-LD publisher, WebSite, Organization). */
  siteNames: string[];
}

/**
 * The article title of a page, as the reader sees it:
 * - a heading the declared title contains ("Promise - JavaScript | MDN" with `<h1>Promise</h1>`);
 * - else the first heading when it words the declared title's subject differently (most words shared);
 * - else the first declared title that is more than the site's name, without the site's name
 *   and tagline (`cleanTitle`); with none, the first heading.
 * A heading that is the site's name (a logo in an `<h1>`, the book a chapter belongs to) is never
 * the title, and the site's name is cut from the heading taken.
 */
export function pageTitle(signals: TitleSignals, host: string): string | null {
  const titles = signals.titles.map(tidy).filter(Boolean);
  const declaredSite = siteMatcher(signals.siteNames, host);
  const pageHeadings = signals.headings.map((h) => tidy(h).replace(PERMALINK, ''));
  // A heading that is the declared title's last part, after the page's own words, names the book or
  // site the page belongs to ("Ownership - The Small Book" with <h1>The Small Book</h1>).
  const trailing = pageHeadings.filter((h) => titles.some((title) => endsWithName(title, h, declaredSite)));
  const site = siteMatcher([...signals.siteNames, ...trailing], host);
  const headings = pageHeadings
    .filter((h) => h && h.length <= MAX_HEADING && !site(h))
    .slice(0, HEADINGS_READ)
    .map((h) => withoutSite(h, site));
  for (const heading of headings) {
    if (titles.some((title) => namesHeading(title, heading))) return heading;
  }
  // A declared title that is only the site's name ("Shop Name") says nothing: the next one may.
  const cleaned = titles.map((title) => cleanTitle(title, site)).find(Boolean);
  const heading = headings[0];
  if (!cleaned) return heading ?? titles[0] ?? null;
  if (!heading || holdsLetters(heading, cleaned)) return cleaned;
  // The heading words the declared title differently ("Ten tips for X" and "X: ten tips"): the reader sees the heading.
  return sharedWords(heading, cleaned) >= SAME_SUBJECT ? heading : cleaned;
}

// The share of the shorter text's words the other one has, from which two titles name one subject.
const SAME_SUBJECT = 0.5;

/**
 * The heading holds the title's letters in order: the title with a date, a label or a count around it
 * ("Thread: Title", "Title 12 comments"), or the title with its spaces lost between the heading's elements.
 */
function holdsLetters(heading: string, title: string): boolean {
  return foldTitle(heading).replace(/ /g, '').includes(foldTitle(title).replace(/ /g, ''));
}

function sharedWords(a: string, b: string): number {
  const wordsA = new Set(foldTitle(a).split(' '));
  const wordsB = new Set(foldTitle(b).split(' '));
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / Math.min(wordsA.size, wordsB.size);
}

// The permalink mark documentation generators put at a heading's end ("Install¶").
const PERMALINK = /\s*¶$/;
// A heading longer than this is a paragraph set in an <h1>, not a title.
const MAX_HEADING = 250;
// The first headings only: further down they title sections or teasers.
const HEADINGS_READ = 2;

/** The declared title holds the heading as a run of whole words. */
function namesHeading(title: string, heading: string): boolean {
  const words = foldTitle(heading);
  return !!words && ` ${foldTitle(title)} `.includes(` ${words} `);
}

/** `title` is "Page words - name" (or "- name documentation"), its first part not the site's name already. */
function endsWithName(title: string, name: string, site: (part: string) => boolean): boolean {
  const parts = splitParts(title);
  return parts.length > 1 && namesHeading(parts[parts.length - 1], name) && !namesHeading(parts[0], name) && !site(parts[0]);
}

/**
 * The article title without the site's name ("Title - Site", "Site | Title"), without the keywords
 * after a vertical bar, and without a short tagline after it when no part names the site. Null when it
 * is only the site's name.
 */
export function cleanTitle(title: string, site: (part: string) => boolean): string | null {
  let clean = tidy(title);
  if (!clean) return null;
  // "Name | keywords | Site": after a vertical bar come search keywords and the site, so the
  // first part that is not the site's name is the page's.
  const barred = clean.split(VERTICAL_BAR).filter((part) => part && !site(part));
  if (barred.length > 1) clean = barred[0];
  const parts = splitParts(clean);
  if (parts.length < 2) return site(clean) ? null : clean;
  const kept = parts.filter((p) => !site(p));
  if (!kept.length) return null;
  if (kept.length < parts.length) return rejoin(clean, kept);
  // "Title - Site" with no site name declared: drop a short last part.
  const last = parts[parts.length - 1];
  const rest = parts.slice(0, -1).join(' ');
  if (last.length <= 20 && rest.length >= last.length * 2) return rejoin(clean, parts.slice(0, -1));
  return clean;
}

function withoutSite(title: string, site: (part: string) => boolean): string {
  const parts = splitParts(title);
  const kept = parts.filter((p) => !site(p));
  return kept.length && kept.length < parts.length ? rejoin(title, kept) : title;
}

/**
 * A test for "this text is the site's name": it equals, holds or is held by a name the site declares,
 * or it is the host's own name ("Field Notes" on fieldnotes.example, "Example.org" on example.org).
 */
export function siteMatcher(siteNames: string[], host: string): (part: string) => boolean {
  const names = siteNames.map(foldTitle).filter(Boolean);
  const domain = domainName(host);
  const hostWords = domain.length >= MIN_HOST_WORD ? [domain] : [];
  return (part) => {
    const words = foldTitle(part);
    if (!words) return false;
    // A part of a declared name ("Field Notes" of "The Field Notes"), or a name with a word or two
    // around it ("Field Notes Blog"), not a longer phrase that starts with it ("Field Notes on Rust" is a title).
    const around = (inner: string, outer: string) => outer.includes(inner) && outer.length <= inner.length + NAME_EXTRA;
    if (names.some((name) => name.includes(words) || around(name, words))) return true;
    const squashed = words.replace(/ /g, '');
    return hostWords.some((label) => (squashed.length >= MIN_HOST_WORD && label.includes(squashed)) || around(label, squashed));
  };
}

/**
 * The name a host is registered under, without subdomains ("blog", "docs" name no site) and suffix:
 * "fieldnotes" for docs.fieldnotes.example and for www.fieldnotes.co.uk.
 */
function domainName(host: string): string {
  const labels = host.toLowerCase().split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  return (labels.pop() ?? '').replace(/-/g, '');
}

// Second-level suffixes under a country's domain (example.co.uk, example.com.au).
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

// Shorter host labels ("go", "ai", "cs") are too likely to be a word of any title.
const MIN_HOST_WORD = 4;
// At most this many letters around the site's name in a part that names the site (" Blog", ".org", " Forums").
const NAME_EXTRA = 7;

function splitParts(title: string): string[] {
  return title
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Lower case, punctuation and symbols as spaces: how two spellings of one title compare. */
export function foldTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

function tidy(text: string): string {
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** Joins kept parts with the separators they had in the original title. */
function rejoin(original: string, kept: string[]): string {
  const start = original.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = original.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? original.slice(start, end).trim() : kept.join(' ');
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
