import type { ArticleBody, ArticleRecord, PageCapture } from './types';
import { htmlToMarkdown } from './convert';

/** When and where a save happens: passed in so the core never reads a clock or a random source. */
export interface SaveContext {
  id: string;
  now: number;
  /** Minutes east of UTC of the saving clock. */
  offset: number;
}

/** Drops a first heading that only repeats the title: the title lives in the front matter. */
function withoutTitleHeading(markdown: string, title: string): string {
  const first = markdown.match(/^#{1,2} (.+)\n+/);
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
  const markdown = withoutTitleHeading(htmlToMarkdown(html), capture.title);
  return { record, body: { id: record.id, html, markdown, text } };
}
