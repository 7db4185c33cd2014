// The service worker of the measuring extension: converts with linkedom in the worker itself, or
// asks an offscreen document to convert with the browser's own DOMParser.
import TurndownService from 'turndown';
import { parseHTML } from 'linkedom';

const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
const g = globalThis as Record<string, unknown>;
declare const chrome: any;

g.viaLinkedom = (htmls: string[]): number[] =>
  htmls.map((html) => {
    const started = performance.now();
    const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
    service.turndown(document.getElementById('r') as unknown as HTMLElement);
    return performance.now() - started;
  });

g.viaOffscreen = async (htmls: string[]): Promise<{ startMs: number; times: number[] }> => {
  const started = performance.now();
  await chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'measure conversion cost' });
  await chrome.runtime.sendMessage({ html: '<p>warm-up</p>' });
  const startMs = performance.now() - started;
  const times: number[] = [];
  for (const html of htmls) {
    const t = performance.now();
    await chrome.runtime.sendMessage({ html });
    times.push(performance.now() - t);
  }
  await chrome.offscreen.closeDocument();
  return { startMs, times };
};
