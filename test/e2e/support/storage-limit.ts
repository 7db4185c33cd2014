// Limits how much the extension's origin may store, through CDP's Storage.overrideQuotaForOrigin.
// In Chromium 156 a limit takes effect only when set before the origin first uses its storage (set
// later, writes still commit), and lifting it takes effect at once.
import type { ExtensionBrowser } from './chromium';
import { libraryReader, type LibraryState } from './library';

export interface StorageLimit {
  /** The library as it stands (read from a tab of the extension's origin that runs none of its code). */
  read(): Promise<LibraryState>;
  /** Limits the origin's storage to `bytes`, or lifts the limit (null). */
  set(bytes: number | null): Promise<void>;
}

export async function limitStorage(ext: ExtensionBrowser, bytes: number): Promise<StorageLimit> {
  // The reader's tab is on the extension's origin: CDP speaks for the origin through it.
  const { read, page } = await libraryReader(ext.context, ext.extensionId);
  const cdp = await ext.context.newCDPSession(page);
  const origin = `chrome-extension://${ext.extensionId}`;
  const set = async (limit: number | null) => {
    await cdp.send('Storage.overrideQuotaForOrigin', limit === null ? { origin } : { origin, quotaSize: limit });
  };
  await set(bytes);
  return { read, set };
}
