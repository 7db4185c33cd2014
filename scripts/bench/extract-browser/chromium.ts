// The Node side of `bench:extract -- --dom chromium`: bundles entry.ts, opens it in a blank page of
// headless Chromium (Debian's, as the e2e tests use) and hands it one corpus page at a time.
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../../test/e2e/support/chromium';
import { browserBundle } from '../browser-bundle';
import type { DomExtractors } from '../page-extractors';
import type { BrowserExtractorName } from './entry';

export async function chromiumExtractors(): Promise<DomExtractors<BrowserExtractorName>> {
  const content = await browserBundle(new URL('./entry.ts', import.meta.url));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.addScriptTag({ content });
  return {
    dom: `Chromium ${browser.version()}`,
    run: (html, url, names) => page.evaluate(([h, u, n]) => (globalThis as any).keepmarkExtract(h, u, n), [html, url, names] as const),
    close: () => browser.close(),
  };
}
