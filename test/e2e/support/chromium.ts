import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, mkdir, readFile, realpath, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = new URL('../../../dist/chrome', import.meta.url).pathname;
/** The test build with live fault points (src/shared/fault-points.ts); never shipped. */
export const FAULTS_EXTENSION_DIR = new URL('../../../dist/test/chrome-faults', import.meta.url).pathname;

// Chromium dials Google's hosts unless told not to; this machine has no such network.
const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  downloads: string;
  /**
   * Clicks Keepmark's toolbar button on `page` and returns the real popup, connected over CDP.
   * `tabUrl`: the address the tab shows, when it is not the page's (an error page shows the one it failed on).
   */
  clickToolbarButton(page: Page, tabUrl?: string): Promise<Page>;
  /**
   * Loads the extension's folder again, as an update does (CDP `Extensions.loadUnpacked`): its pages
   * close, its service worker is torn down, and the new version's worker is returned.
   */
  reload(): Promise<Worker>;
  /** Waits for the download whose file name matches and returns its path on disk. */
  downloaded(match: RegExp): Promise<string>;
  close(): Promise<void>;
}

/**
 * A test-only copy of dist/chrome whose manifest grants `hosts` up front, never shipped.
 * The shipped build asks for site access at run time (optional_host_permissions), through a
 * browser prompt headless Chromium has no way to answer; granting it here lets the same code run
 * past the point where the user would have said yes.
 */
async function writeGrantedBuild(dir: string, hosts: string[]): Promise<string> {
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  manifest.host_permissions = hosts;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Launches Debian's Chromium with the built extension. `hostRules` maps site hosts to the local
 * test server (`MAP blog.csdn.net 127.0.0.1:PORT`), so site adapters run on their real URLs while
 * every other host fails to resolve: nothing leaves the machine.
 */
/** The id Chromium gives an extension loaded unpacked from `dir`: its absolute path's SHA-256, in letters a–p. */
async function unpackedExtensionId(dir: string): Promise<string> {
  const hex = createHash('sha256').update(await realpath(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * `grantHosts` launches a test-only copy of the build granting those hosts up front;
 * `extensionDir` launches another build (the fault-point test build);
 * `fileAccess: false` turns off "Allow access to file URLs", which Chromium turns on for an
 * extension loaded unpacked unless its settings already say otherwise;
 * `profileDir` runs on that Chromium profile and keeps it after closing (a benchmark's filled
 * library), instead of a fresh one removed on close.
 */
export async function launchWithExtension(
  hostRules: string[] = [],
  options: { grantHosts?: string[]; extensionDir?: string; fileAccess?: boolean; profileDir?: string } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'keepmark-e2e-')));
  const extensionDir = options.grantHosts ? await writeGrantedBuild(join(userDataDir, 'extension'), options.grantHosts) : (options.extensionDir ?? EXTENSION_DIR);
  const downloads = join(userDataDir, 'downloads');
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await mkdir(downloads, { recursive: true });
  // Real file names for downloads need Chromium's own download handling, not Playwright's.
  const extensionSettings = options.fileAccess === false ? { settings: { [await unpackedExtensionId(extensionDir)]: { newAllowFileAccess: false } } } : {};
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false }, extensions: extensionSettings }));
  const rules = [...hostRules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // --enable-unsafe-extension-debugging: lets CDP load the extension again (reload()).
    args: [...QUIET, '--enable-unsafe-extension-debugging', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0', `--host-resolver-rules=${rules}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const endpoint = `http://127.0.0.1:${port}`;
  const connections: Browser[] = [];

  async function connect(): Promise<{ browser: Browser; cdp: CDPSession }> {
    const browser = await chromium.connectOverCDP(endpoint);
    connections.push(browser);
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    return { browser, cdp };
  }

  async function triggerAction(cdp: CDPSession, url: string): Promise<void> {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab target for ${url}`);
    // The action opens its popup over the active tab, as a click would.
    await cdp.send('Target.activateTarget', { targetId: tab.targetId });
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  }

  async function clickToolbarButton(page: Page, tabUrl = page.url()): Promise<Page> {
    const { cdp } = await connect();
    await triggerAction(cdp, tabUrl);
    const popupUrl = `chrome-extension://${extensionId}/src/popup/popup.html`;
    for (let i = 0; i < 100; i++) {
      const { targetInfos: pages } = await cdp.send('Target.getTargets');
      if (pages.some((t) => t.url.startsWith(popupUrl))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // Popups opened after a CDP connection are not reported on it: connect again to see this one.
    const { browser } = await connect();
    const popup = browser.contexts()[0].pages().find((p) => p.url().startsWith(popupUrl));
    if (!popup) throw new Error('the popup did not open');
    return popup;
  }

  async function downloaded(match: RegExp): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const items = (await worker.evaluate(() => (globalThis as any).chrome.downloads.search({}))) as Array<{ filename: string; state: string }>;
      const done = items.find((item) => match.test(item.filename) && item.state === 'complete');
      if (done) return done.filename;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no completed download matching ${match}`);
  }

  async function reload(): Promise<Worker> {
    const cdp = await context.browser()!.newBrowserCDPSession();
    const next = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) });
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
    if (id !== extensionId) throw new Error(`the extension came back as ${id}, not ${extensionId}`);
    await cdp.detach();
    return next;
  }

  return {
    context,
    worker,
    extensionId,
    downloads,
    clickToolbarButton,
    downloaded,
    reload,
    async close() {
      for (const browser of connections) await browser.close().catch(() => {});
      await context.close();
      if (!options.profileDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

