import { Defuddle } from 'defuddle-anchor/node';
import { parsePage } from '../../src/core/pipeline';
import { failed, htmlText, keepmark, readability, type DomExtractors, type Extractor } from './page-extractors';

export type { Extraction, Extractor } from './page-extractors';

export const EXTRACTOR_NAMES = ['keepmark', 'readability', 'defuddle'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

/**
 * Defuddle's Node entry on the same linkedom document, scored on the block-aware text of its content HTML:
 * 0.19.4 as published (`defuddle-anchor`), not the patched copy Keepmark runs on product pages.
 * `useAsync: false` keeps it off the network (its async extractors fetch from third-party APIs).
 */
const defuddle: Extractor = {
  timed: 'Defuddle (HTML content)',
  async run(doc, url) {
    const start = performance.now();
    const restore = silenceConsole();
    try {
      const result = await Defuddle(doc, url, { useAsync: false });
      const ms = performance.now() - start;
      restore();
      const text = htmlText(result.content ?? '');
      return {
        text,
        title: result.title || null,
        author: result.author || null,
        date: result.published || null,
        ms,
        outcome: text.trim() ? 'ok' : 'empty',
      };
    } catch (error) {
      const ms = performance.now() - start;
      restore();
      return failed(error, ms, false);
    }
  },
};

/** Defuddle logs every malformed JSON-LD block of a page to the console; the table should stay readable. */
function silenceConsole(): () => void {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = () => {};
  return () => Object.assign(console, saved);
}

export const EXTRACTORS: Record<ExtractorName, Extractor> = { keepmark, readability, defuddle };

/** The extractors on linkedom in this process: a fresh parse per extractor, as each changes the document it is given. */
export const linkedomExtractors: DomExtractors<ExtractorName> = {
  dom: 'linkedom',
  async run(html, url, names) {
    const out = [];
    for (const name of names) {
      const started = performance.now();
      const doc = parsePage(html);
      const parseMs = performance.now() - started;
      out.push({ ...(await EXTRACTORS[name].run(doc, url, () => parsePage(html))), parseMs });
    }
    return out;
  },
  close: async () => {},
};
