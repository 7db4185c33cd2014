import type { ArticleBody, ArticleRecord, PageCapture } from './types';
import { htmlToMarkdown, type ConvertOptions } from './convert';
import { DEFAULT_MARKDOWN_STYLE, sameStyle, type MarkdownStyle } from './convert/style';

/** When and where a save happens: passed in so the core never reads a clock or a random source. */
export interface SaveContext {
  id: string;
  now: number;
  /** Minutes east of UTC of the saving clock. */
  offset: number;
}

/** Drops a first heading (atx or setext) that only repeats the title: the title lives in the front matter. */
function withoutTitleHeading(markdown: string, title: string): string {
  const first = markdown.match(/^#{1,2} (.+)\n+/) ?? markdown.match(/^(.+)\n(?:=+|-+)\n+/);
  const norm = (s: string) => s.replace(/[\s*_`]+/g, '').toLowerCase();
  return first && norm(first[1]) === norm(title) ? markdown.slice(first[0].length) : markdown;
}

/** Converts a capture into what the library stores: its record and its body. */
export function articleFromCapture(capture: PageCapture, ctx: SaveContext): { record: ArticleRecord; body: ArticleBody } {
  const { html, text, readerable: _readerable, ...fields } = capture;
  const record: ArticleRecord = {
    ...fields,
    id: ctx.id,
    userTags: [],
    note: '',
    images: { total: 0, saved: 0, failed: [] },
    createdAt: ctx.now,
    savedAt: ctx.now,
    savedOffset: ctx.offset,
  };
  return { record, body: { id: record.id, html, markdown: articleMarkdown(html, capture.title), text } };
}

/** An article's Markdown body from its HTML: converted, without a first heading that repeats the title. */
function articleMarkdown(html: string, title: string, options?: ConvertOptions): string {
  return withoutTitleHeading(htmlToMarkdown(html, options), title);
}

/**
 * The body an export writes: the stored Markdown (the default style, `<mark>` as `==…==`) when the
 * export wants that, else the stored HTML converted again in the export's style.
 */
export function markdownForExport(record: Pick<ArticleRecord, 'title'>, body: Pick<ArticleBody, 'html' | 'markdown'>, style: MarkdownStyle, highlight = true): string {
  if (highlight && sameStyle(style, DEFAULT_MARKDOWN_STYLE)) return body.markdown;
  return articleMarkdown(body.html, record.title, { style, highlight });
}
