import browser from '../shared/browser';
import { imageCapBytes, loadSettings } from '../shared/settings';

/** The most an article's kept images may take, as the user set it on the options page. */
export async function imageCapSetting(): Promise<number> {
  return imageCapBytes(await loadSettings(browser.storage.sync));
}
