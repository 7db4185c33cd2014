/** What extraction finds in a page: the article and everything a blog post needs about it. */
export interface PageCapture {
  /** The address the page was read from. */
  url: string;
  /** The page's own canonical address (link rel=canonical / og:url), else `url` without its fragment. */
  canonicalUrl: string;
  title: string;
  byline: string | null;
  /** ISO 8601; keeps the page's own offset when the page gives one (`2025-02-25T21:26:48+08:00`). */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  /** Keywords the page declares for search engines (meta keywords). */
  keywords: string[];
  /** Tags the site shows on the article. */
  tags: string[];
  /** Categories or columns the site files the article under. */
  categories: string[];
  /** The source's own article id, where the site has one (CSDN's `/article/details/<id>`). */
  artid: string | null;
  /** Absolute URL of the lead image. */
  leadImage: string | null;
  /** The article body as HTML, all URLs absolute. */
  html: string;
  /** The article's plain text, blocks separated by newlines. */
  text: string;
  /** Whether the page looked like an article before extraction (Readability's readerable check). */
  readerable: boolean;
}

/** A saved article as the library lists it (no body: listing never reads bodies). */
export interface ArticleRecord {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  keywords: string[];
  tags: string[];
  categories: string[];
  artid: string | null;
  leadImage: string | null;
  /** Tags the user added; kept across re-saves. */
  userTags: string[];
  /** The user's own note on the article; kept across re-saves. */
  note: string;
  /** What became of the article's images when it was saved. */
  images: ImageReport;
  /** Epoch ms of the first save. */
  createdAt: number;
  /** Epoch ms of the latest save. */
  savedAt: number;
  /** Minutes offset from UTC of the clock that saved it (for dates with an offset). */
  savedOffset: number;
}

/** What became of an article's images at save time: how many it has, how many are kept, which failed and why. */
export interface ImageReport {
  total: number;
  saved: number;
  failed: { url: string; reason: string }[];
}

/** The heavy part of a saved article, stored apart from its record. */
export interface ArticleBody {
  id: string;
  html: string;
  markdown: string;
  text: string;
}
