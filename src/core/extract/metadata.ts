import type { TitleSignals } from './title';
import { absoluteUrl } from './urls';

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
export function readMetadata(doc: Document, baseUrl: string): PageMetadata {
  const ldItems = readJsonLd(doc);
  const ld = ldItems.find((item) => ARTICLE_TYPES.test(String(item['@type'] ?? '')) && (item.headline || item.datePublished)) ?? null;
  const metas = metaByName(doc);
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const value = metas.get(name)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ldImage = ld ? imageUrl(ld.image ?? ld.thumbnailUrl) : null;
  const image = ldImage ?? meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url');
  const keywords = splitList(meta('keywords'));
  const articleTags = [...doc.querySelectorAll('meta[property="article:tag"]')]
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
  const publisher = ld ? personNames(ld.publisher) : null;
  const siteName = meta('og:site_name', 'application-name') ?? publisher;
  return {
    titles: [text(ld?.headline), meta('og:title'), meta('twitter:title'), doc.querySelector('title')?.textContent?.trim() || null].filter(
      (t): t is string => !!t,
    ),
    headings: [...doc.querySelectorAll('h1')].slice(0, HEADINGS_READ).map((h) => h.textContent ?? ''),
    siteNames: [
      ...new Set([siteName, meta('application-name'), publisher, ...ldItems.filter((item) => SITE_TYPES.test(String(item['@type'] ?? ''))).map((item) => text(item.name))]),
    ].filter((n): n is string => !!n),
    byline: (ld && personNames(ld.author)) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator') ?? microdataAuthor(doc),
    published:
      text(ld?.datePublished) ??
      meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date') ??
      (doc.querySelector('time[pubdate], article time[datetime]')?.getAttribute('datetime')?.trim() || null) ??
      anyLdDate(ldItems) ??
      (doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null),
    siteName,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language'),
    description: meta('description', 'og:description', 'twitter:description') ?? text(ld?.description),
    keywords: keywords.length ? keywords : ld ? listOf(ld.keywords) : [],
    tags: articleTags,
    leadImage: image ? absoluteUrl(image, baseUrl) : null,
    canonicalUrl: canonical ? absoluteUrl(canonical, baseUrl) : null,
  };
}

/**
 * Each name a `<meta>` declares (by `property`, `name` or `itemprop`) and the first element that
 * declares it: one walk of the document instead of one per name asked for (some 30).
 */
function metaByName(doc: Document): Map<string, Element> {
  const byName = new Map<string, Element>();
  for (const el of doc.querySelectorAll('meta')) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const name = el.getAttribute(attribute);
      if (name && !byName.has(name)) byName.set(name, el);
    }
  }
  return byName;
}

/** Every object of the page's JSON-LD blocks, `@graph` members included, read in one pass. */
function readJsonLd(doc: Document): JsonObject[] {
  const items: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      items.push(...flattenLd(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))));
    } catch {
      // pages ship broken JSON-LD often enough; the next block or source will do
    }
  }
  return items;
}

/** The first author marked with schema.org microdata (forum posts, reviews): its `name`, else its text. */
function microdataAuthor(doc: Document): string | null {
  const author = doc.querySelector('[itemprop="author"]');
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
