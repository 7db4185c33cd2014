// Bundled by scripts/bench/extract.ts (`--dom chromium`) and run in a blank Chromium page: each
// extractor gets its own parse of the page by the browser's DOMParser (no script runs, nothing is
// fetched), as the content script gets its own copy of a live page.
import { keepmark, readability, type Extraction } from '../page-extractors';

const EXTRACTORS = { keepmark, readability };
export type BrowserExtractorName = keyof typeof EXTRACTORS;

async function run(html: string, url: string, names: readonly BrowserExtractorName[]): Promise<Array<Extraction & { parseMs: number }>> {
  const out: Array<Extraction & { parseMs: number }> = [];
  for (const name of names) {
    const parse = () => new DOMParser().parseFromString(html, 'text/html');
    const started = performance.now();
    const doc = parse();
    const parseMs = performance.now() - started;
    out.push({ ...(await EXTRACTORS[name].run(doc, url, parse)), parseMs });
  }
  return out;
}

(globalThis as Record<string, unknown>).keepmarkExtract = run;
