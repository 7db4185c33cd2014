import { parseHTML } from 'linkedom';
import { captureArticle } from './extract';
import { articleFromCapture, type SaveContext } from './article';
import { jekyllPost, type PostFile } from './frontmatter/jekyll';
import type { ArticleBody, ArticleRecord, PageCapture } from './types';

/** Everything one page turns into: what extraction found, what the library stores, and the post. */
export interface ConvertedPage {
  capture: PageCapture;
  record: ArticleRecord;
  body: ArticleBody;
  post: PostFile;
}

/** Parses a page's HTML with the same DOM library everywhere outside a live browser page. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The whole pipeline for one page, from HTML to a Jekyll post. */
export function convertPage(html: string, url: string, ctx: SaveContext): ConvertedPage {
  const capture = captureArticle(parsePage(html), url);
  const { record, body } = articleFromCapture(capture, ctx);
  return { capture, record, body, post: jekyllPost(record, body.markdown, body.text) };
}
