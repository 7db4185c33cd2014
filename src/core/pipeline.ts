import { parseHTML } from 'linkedom';
import { captureArticle } from './extract';
import { gatherIntoBody, unwrapNestedDocuments } from './dom-body';
import { limitDepth } from './dom-depth';
import { cdataAsBrowsersRead } from './html-cdata';
import { articleFromCapture, type SaveContext } from './article';
import { jekyll, renderPost, type PostFile, type Preset } from './presets';
import type { ArticleBody, ArticleRecord, PageCapture } from './types';

/** Everything one page turns into: what extraction found, what the library stores, and the post. */
export interface ConvertedPage {
  capture: PageCapture;
  record: ArticleRecord;
  body: ArticleBody;
  post: PostFile;
}

/** Parses a page's HTML with the same DOM library everywhere outside a live browser page. */
export function parsePage(source: string): Document {
  const html = cdataAsBrowsersRead(source);
  let { document } = parseHTML(html);
  // A browser wraps any input in <html><body>; linkedom does not: without an <html> root its
  // document has no body (`doc.body` throws) or puts the body inside the first element, losing the text.
  if (document.documentElement?.tagName !== 'HTML') ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  gatherIntoBody(document as unknown as Document);
  unwrapNestedDocuments(document as unknown as Document);
  limitDepth(document as unknown as Document);
  return document as unknown as Document;
}

/** The article in a page's HTML (`captureArticle`), parsing the page again if a second reading needs it. */
export function captureHtml(html: string, url: string): PageCapture {
  return captureArticle(parsePage(html), url, () => parsePage(html));
}

/** The whole pipeline for one page, from HTML to a post of `preset`. */
export function convertPage(html: string, url: string, ctx: SaveContext, preset: Preset = jekyll): ConvertedPage {
  const capture = captureHtml(html, url);
  const { record, body } = articleFromCapture(capture, ctx);
  return { capture, record, body, post: renderPost(preset, record, body.markdown, body.text) };
}
