import { Document, Scalar, YAMLSeq } from 'yaml';
import type { ArticleRecord } from '../types';
import { dayOf, jekyllDate, parseOffsetDate, type OffsetDate } from '../date';
import { postFileName } from '../filename';

const DESCRIPTION_LENGTH = 100;

/** An article ready to write as a post: its file name and full text. */
export interface PostFile {
  name: string;
  content: string;
}

/** The date a post is filed under: when it was published, else when it was saved. */
export function postDate(article: ArticleRecord): OffsetDate {
  const published = article.published ? parseOffsetDate(article.published, article.savedOffset) : null;
  return published ?? { ms: article.savedAt, offset: article.savedOffset };
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function list(values: string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const value of values) {
    const scalar = new Scalar(value);
    scalar.type = Scalar.QUOTE_SINGLE;
    seq.items.push(scalar);
  }
  return seq;
}

/** The article's summary on one line: the page's description, else the start of its text. */
function description(article: ArticleRecord, text: string): string {
  const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
  const source = oneLine(article.description ?? '') || oneLine(text);
  return [...source].slice(0, DESCRIPTION_LENGTH).join('');
}

/**
 * A Jekyll (Chirpy) post: the keys of Chirpy's posts, written by the YAML library so no value can
 * break out of its string, then the article's Markdown.
 */
export function jekyllPost(article: ArticleRecord, markdown: string, text: string): PostFile {
  const date = postDate(article);
  const tags = [...new Set([...article.tags, ...article.userTags].map((t) => t.toLowerCase()))];
  const doc = new Document({});
  const set = (key: string, value: unknown) => doc.set(key, value);
  set('layout', 'post');
  set('title', quoted(article.title));
  set('date', jekyllDate(date));
  set('description', quoted(description(article, text)));
  set('keywords', quoted(article.keywords.join(', ')));
  set('categories', list(article.categories.slice(0, 2)));
  set('tags', list(tags));
  if (article.artid) set('artid', quoted(article.artid));
  if (article.leadImage) set('image', doc.createNode({ path: article.leadImage, alt: quoted(article.title) }));
  set('source', quoted(article.url));
  set('render_with_liquid', false);
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return {
    name: postFileName(dayOf(date), article.title, article.artid ?? ''),
    content: `---\n${yaml}---\n\n${markdown.trim()}\n`,
  };
}
