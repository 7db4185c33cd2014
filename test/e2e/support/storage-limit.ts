// Limits how much the extension's origin may store, through CDP's Storage.overrideQuotaForOrigin.
// In Chromium 156 a limit takes effect only when set before the origin first uses its storage (set
// later, writes still commit), and lifting it takes effect at once.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export interface StorageLimit {
  /** A tab on the extension's origin that runs none of its code (its manifest.json): the library can be read there. */
  tab: Page;
  /** Limits the origin's storage to `bytes`, or lifts the limit (null). */
  set(bytes: number | null): Promise<void>;
}

export async function limitStorage(ext: ExtensionBrowser, bytes: number): Promise<StorageLimit> {
  const tab = await ext.context.newPage();
  await tab.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  const cdp = await ext.context.newCDPSession(tab);
  const origin = `chrome-extension://${ext.extensionId}`;
  const set = async (limit: number | null) => {
    await cdp.send('Storage.overrideQuotaForOrigin', limit === null ? { origin } : { origin, quotaSize: limit });
  };
  await set(bytes);
  return { tab, set };
}
