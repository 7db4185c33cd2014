import type { TitleSignals } from './title';
import { declaredDate } from './date-text';
import { headerDate } from './header-date';
import { absoluteUrl } from './urls';
import type { PageParts } from './page-parts';

/** Metadata a page declares about itself, before any site adapter has its say. */
export interface PageMetadata extends TitleSignals {
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  keywords: string[];
  tags: string[];
  leadImage: string | null;
  canonicalUrl: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|TechArticle|WebPage|QAPage|DiscussionForumPosting|Posting/;
// JSON-LD objects whose name is the site's own.
const SITE_TYPES = /^(WebSite|Organization)$/;
// The first headings tell the title apart from the site's name; further down they title sections.
const HEADINGS_READ = 3;

/** Reads metadata in order of trust: JSON-LD, then Open Graph and other meta tags, then the page. */
export function readMetadata(doc: Document, parts: PageParts, baseUrl: string): PageMetadata {
  const ldItems = readJsonLd(parts);
  const ld = ldItems.find((item) => ARTICLE_TYPES.test(String(item['@type'] ?? '')) && (item.headline || item.datePublished)) ?? null;
  const metas = metaByName(parts);
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const value = metas.get(name)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ldImage = ld ? imageUrl(ld.image ?? ld.thumbnailUrl) : null;
  const image = ldImage ?? meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const canonical = parts.canonical?.getAttribute('href') ?? meta('og:url');
  const keywords = splitList(meta('keywords'));
  const articleTags = parts.metas
    .filter((el) => el.getAttribute('property') === 'article:tag')
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
  const publisher = ld ? personNames(ld.publisher) : null;
  const siteName = meta('og:site_name', 'application-name') ?? publisher;
  const titles = [text(ld?.headline), meta('og:title'), meta('twitter:title'), parts.title?.textContent?.trim() || null].filter(
    (t): t is string => !!t,
  );
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language');
  return {
    titles,
    headings: parts.h1s.slice(0, HEADINGS_READ).map((h) => h.textContent ?? ''),
    siteNames: [
      ...new Set([meta('og:site_name'), meta('application-name'), publisher, ...ldItems.filter((item) => SITE_TYPES.test(String(item['@type'] ?? ''))).map((item) => text(item.name))]),
    ].filter((n): n is string => !!n),
    byline: (ld && personNames(ld.author)) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator') ?? microdataAuthor(parts.author),
    published: publishedDate(doc, baseUrl, ld, ldItems, meta, titles[0] ?? null, lang),
    siteName,
    lang,
    description: meta('description', 'og:description', 'twitter:description') ?? text(ld?.description),
    keywords: keywords.length ? keywords : ld ? listOf(ld.keywords) : [],
    tags: articleTags,
    leadImage: image ? absoluteUrl(image, baseUrl) : null,
    canonicalUrl: canonical ? absoluteUrl(canonical, baseUrl) : null,
  };
}

/**
 * The article's published date, from the most trusted source that gives one: JSON-LD, meta tags,
 * microdata, the byline next to the title, the address (`/2024/05/03/`); failing all of them, the date
 * the page was last changed. Values come out as ISO
 * 8601 (a declared offset kept; a bare day stays a bare day, so no conversion can move it).
 */
function publishedDate(
  doc: Document,
  baseUrl: string,
  ld: JsonObject | null,
  ldItems: JsonObject[],
  meta: (...names: string[]) => string | null,
  title: string | null,
  lang: string | null,
): string | null {
  // Month-first numeric dates ("05/03/2024") are American; elsewhere the day comes first.
  const dayFirst = !!lang && !/^en(?:[-_](?:us|ca|ph))?$/i.test(lang);
  const declared = (value: string | null | undefined) => (value ? declaredDate(value, dayFirst) : null);
  const sources = [
    () => text(ld?.datePublished),
    () => meta(...PUBLISHED_META),
    () => microdataDate(doc),
    () => doc.querySelector('time[pubdate], article time[datetime]')?.getAttribute('datetime'),
    () => anyLdDate(ldItems),
    () => headerDate(doc, title, dayFirst),
    () => addressDate(baseUrl),
    () => pageTime(doc),
    // No published date anywhere: the date the page says it was last changed, which is the date it
    // shows (a documentation page's "Last updated"), rather than none (the post then took the save time).
    () => ldItems.map((item) => text(item.dateModified)).find(Boolean) ?? meta(...UPDATED_META),
  ];
  for (const source of sources) {
    const value = declared(source());
    if (value) return value;
  }
  return null;
}

/** The first `<time datetime>` of the page outside its navigation, footer, sidebars and comments. */
function pageTime(doc: Document): string | null {
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (!time.closest('nav, footer, aside, [class*="comment"], [class*="related"], [class*="sidebar"]')) return time.getAttribute('datetime');
  }
  return null;
}

// Meta names that declare a published date, most used first (Open Graph, Dublin Core, Parse.ly, Sailthru, citations).
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'published', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date',
];

// Meta names that declare when a page was last changed (Open Graph, Microsoft Learn's `ms.date`).
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'ms.date'];

/**
 * A `datePublished` marked with microdata on an element other than `<meta>` (`<span itemprop content>`,
 * `<time itemprop>`), of the page's own item: a comment's or an answer's date is not the page's.
 */
function microdataDate(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]:not(meta)')) {
    const item = el.parentElement?.closest('[itemscope]');
    if (/Comment|Answer/i.test(item?.getAttribute('itemtype') ?? '') || el.closest('[class*="comment"]')) continue;
    return el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
  }
  return null;
}

/** The day in a blog-style address (`/2024/05/03/slug`), when the path names a whole day. */
function addressDate(url: string): string | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(new URL(url).pathname);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Each name a `<meta>` declares (by `property`, `name` or `itemprop`) and the first element that declares it. */
function metaByName({ metas }: PageParts): Map<string, Element> {
  const byName = new Map<string, Element>();
  for (const el of metas) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const name = el.getAttribute(attribute);
      if (name && !byName.has(name)) byName.set(name, el);
    }
  }
  return byName;
}

/** Every object of the page's JSON-LD blocks, `@graph` members included, read in one pass. */
function readJsonLd({ jsonLd }: PageParts): JsonObject[] {
  const items: JsonObject[] = [];
  for (const script of jsonLd) {
    const data = parseLd(script);
    // Pages ship broken JSON-LD often enough; the next block or source will do.
    if (data !== undefined) items.push(...flattenLd(data));
  }
  return items;
}

/** The first author marked with schema.org microdata (forum posts, reviews): its `name`, else its text. */
function microdataAuthor(author: Element | null): string | null {
  if (!author) return null;
  const name = author.querySelector('[itemprop="name"]') ?? author;
  const value = (name.getAttribute('content') ?? name.textContent ?? '').replace(/\s+/g, ' ').trim();
  return value && value.length <= 100 ? value : null;
}

/** A `datePublished` from any JSON-LD object, for pages whose main object is no Article (a WebPage part, a Product review). */
function anyLdDate(items: JsonObject[]): string | null {
  for (const item of items) {
    const date = text(item.datePublished);
    if (date) return date;
  }
  return null;
}

/**
 * A JSON-LD block's data, undefined when it is no JSON. CMSs often write an article body with raw
 * line breaks or tabs inside a string, which JSON forbids: read as spaces, the block parses.
 */
function parseLd(script: Element): unknown {
  const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flattenLd(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const obj = data as JsonObject;
    return [obj, ...(obj['@graph'] ? flattenLd(obj['@graph']) : [])];
  }
  return [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function personNames(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonObject).name : null))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return names.length ? names.join(', ') : null;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') return text((value as JsonObject).url);
  return null;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  return splitList(text(value));
}

/** Splits a keyword list on commas (ASCII or CJK). */
export function splitList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,，、;]/).map((v) => v.trim()).filter(Boolean))];
}
