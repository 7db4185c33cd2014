import type { ArticleRecord } from '../types';
import { parseOffsetDate, type OffsetDate } from '../date';
import { slugify } from '../filename';

const DESCRIPTION_LENGTH = 100;

/** Every template variable and the kind of value it holds. */
export const VARIABLES = {
  title: 'text',
  url: 'text',
  description: 'text',
  site: 'text',
  author: 'text',
  artid: 'text',
  image: 'text',
  slug: 'text',
  tags: 'list',
  categories: 'list',
  keywords: 'list',
  date: 'date',
  published: 'date',
  created: 'date',
} as const;

export type VariableName = keyof typeof VARIABLES;
export type Kind = (typeof VARIABLES)[VariableName];
type ValueOf<K extends Kind> = K extends 'text' ? string | null : K extends 'list' ? string[] : OffsetDate | null;

/** The values a template is filled with; null means the article has none (no author, no lead image). */
export type Variables = { [N in VariableName]: ValueOf<(typeof VARIABLES)[N]> };

/** The date a post is filed under: when it was published, else when it was saved. */
export function postDate(article: ArticleRecord): OffsetDate {
  const published = article.published ? parseOffsetDate(article.published, article.savedOffset) : null;
  return published ?? { ms: article.savedAt, offset: article.savedOffset };
}

/** The article's summary on one line: the page's description, else the start of its text. */
function description(article: ArticleRecord, text: string): string {
  const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
  const source = oneLine(article.description ?? '') || oneLine(text);
  return [...source].slice(0, DESCRIPTION_LENGTH).join('');
}

/** The template variables of an article whose plain text is `text`. */
export function articleVariables(article: ArticleRecord, text: string): Variables {
  return {
    title: article.title,
    url: article.url,
    description: description(article, text),
    site: article.siteName,
    author: article.byline,
    artid: article.artid,
    image: article.leadImage,
    slug: slugify(article.title) || slugify(article.artid ?? '') || 'article',
    tags: [...new Set([...article.tags, ...article.userTags])],
    categories: article.categories,
    keywords: article.keywords,
    date: postDate(article),
    published: article.published ? parseOffsetDate(article.published, article.savedOffset) : null,
    created: { ms: article.createdAt, offset: article.savedOffset },
  };
}
