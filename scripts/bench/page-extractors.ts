// The two extractors the speed target compares, without Node-only imports: bench:extract runs them on
// linkedom in Node (extractors.ts) and, with `--dom chromium`, on Chromium's own DOM in a page
// (extract-browser/entry.ts). `performance` is the global one in both.
// The anchor is Readability 0.6.0 as published (an npm alias of it): Keepmark's own copy is patched
// (patches/), and the anchor must not get those changes.
import { Readability } from 'readability-anchor';
import { captureArticle, NothingToSaveError } from '../../src/core/extract';
import { htmlToMarkdown } from '../../src/core/convert';
import { plainText } from '../../src/core/extract/plain-text';
import { parsePage } from '../../src/core/pipeline';

/** What one extractor gives for one page. `text` is '' when it found nothing or failed. */
export interface Extraction {
  /** Plain text, one line per block, as Keepmark's own `text` (see `htmlText`). */
  text: string;
  /** Readability only: its `textContent`, the text the published readability_js figures score. */
  textContent?: string;
  title: string | null;
  author: string | null;
  date: string | null;
  /** Milliseconds for the extractor's own work, parsing excluded. */
  ms: number;
  /** `empty` when the extractor said there is nothing; `error` with its message when it threw. */
  outcome: 'ok' | 'empty' | 'error';
  error?: string;
}

export interface Extractor {
  /** What the timing covers, for the report. */
  timed: string;
  /** `again` parses the page once more, as the DOM it runs on does (Keepmark's second reading). */
  run(doc: Document, url: string, again: () => Document): Promise<Extraction>;
}

/** Extractors run on one DOM: each gets its own parse of the page, timed apart from its work. */
export interface DomExtractors<Name extends string = string> {
  /** The DOM, for the report ("linkedom", "Chromium 156…"). */
  dom: string;
  run(html: string, url: string, names: readonly Name[]): Promise<Array<Extraction & { parseMs: number }>>;
  close(): Promise<void>;
}

/** Keepmark as the extension runs it: captureArticle, then the app's turndown on the article. */
export const keepmark: Extractor = {
  timed: 'captureArticle + htmlToMarkdown',
  async run(doc, url, again) {
    const start = performance.now();
    try {
      const capture = captureArticle(doc, url, again);
      htmlToMarkdown(capture.html);
      const ms = performance.now() - start;
      return { text: capture.text, title: capture.title, author: capture.byline, date: capture.published, ms, outcome: 'ok' };
    } catch (error) {
      const ms = performance.now() - start;
      return failed(error, ms, error instanceof NothingToSaveError);
    }
  },
};

/**
 * Readability.js alone, timed with the app's turndown of its content. Scored on the block-aware text of
 * its content, like the other two; its `textContent` runs blocks together ("Heading" + "First line"
 * gives one token "HeadingFirst"), which costs it 0.005 F1 on ScrapingHub and 0.011 on WCXB.
 */
export const readability: Extractor = {
  timed: 'Readability.parse + htmlToMarkdown',
  async run(doc) {
    const start = performance.now();
    try {
      const article = new Readability(doc).parse();
      if (article?.content) htmlToMarkdown(article.content);
      const ms = performance.now() - start;
      if (!article) return { ...nothing(ms), textContent: '' };
      const text = htmlText(article.content ?? '');
      return {
        text,
        textContent: article.textContent ?? '',
        title: article.title ?? null,
        author: article.byline ?? null,
        date: article.publishedTime ?? null,
        ms,
        outcome: text.trim() ? 'ok' : 'empty',
      };
    } catch (error) {
      return { ...failed(error, performance.now() - start, false), textContent: '' };
    }
  },
};

/**
 * The text every extractor is scored on: Keepmark's `plainText` (one line per block) of the content
 * HTML. The corpus README's "figures measured here" for Readability are reproduced exactly this way.
 */
export function htmlText(html: string): string {
  if (!html.trim()) return '';
  const body = parsePage(`<!doctype html><html><body>${html}</body></html>`).body;
  return body ? plainText(body) : '';
}

export function nothing(ms: number): Extraction {
  return { text: '', title: null, author: null, date: null, ms, outcome: 'empty' };
}

export function failed(error: unknown, ms: number, empty: boolean): Extraction {
  if (empty) return nothing(ms);
  return { ...nothing(ms), outcome: 'error', error: error instanceof Error ? error.message : String(error) };
}
