import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser as WebExtensionAPI } from 'webextension-polyfill';
import { serve } from './server';

/** The extension API inside an extension page, where the callbacks given to `control.evaluate` run. */
declare const browser: WebExtensionAPI;

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The shipped Firefox build: the test runs its files unchanged, with a test-only manifest. */
export const SHIPPED_DIR = new URL('../../../dist/firefox', import.meta.url).pathname;

const ADDON_ID = 'keepmark@keepmark.dev';
// Firefox gives each profile a random moz-extension:// host; this pref fixes it so the test can address its pages.
const EXTENSION_UUID = '6b3c1f0e-2d4a-4c8e-9f71-3a5d0b2e8c47';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** A blank extension page the test reads the browser's state from (tab ids, downloads); it runs no Keepmark code. */
const CONTROL_PAGE = 'keepmark-e2e-control.html';

export interface ExtensionFirefox {
  browser: Browser;
  downloads: string;
  /** Opens an extension page (`src/reader/reader.html?id=…`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens Keepmark's popup as a page acting on the tab of `page`, as a click on the toolbar button would. */
  openPopupFor(page: Page): Promise<Page>;
  /** Waits for the completed download whose file name matches and returns its path on disk. */
  downloaded(match: RegExp): Promise<string>;
  close(): Promise<void>;
}

/**
 * The test-only variant of the Firefox build, written to a temporary folder and never shipped:
 * the files of dist/firefox unchanged, with a manifest that adds what only the test needs.
 * - host_permissions for `hosts`: Firefox has no way for a test to click the toolbar button (no
 *   equivalent of Chromium's Extensions.triggerAction), so the activeTab grant a click gives cannot
 *   be reproduced; host access lets the same `savePage` code inject into the served pages instead
 *   (and lets the control page see those tabs' URLs to find their ids).
 * - web_accessible_resources for 127.0.0.1: WebDriver BiDi refuses to navigate to moz-extension://
 *   pages, but a loopback page may navigate to a web-accessible one.
 * The shipped manifest asks for no host permission at all; dist/firefox is left as built.
 */
async function writeTestBuild(dir: string, hosts: string[]): Promise<void> {
  const manifest = JSON.parse(await readFile(join(SHIPPED_DIR, 'manifest.json'), 'utf8').catch(() => {
    throw new Error(`no Firefox build in ${SHIPPED_DIR}: run npm run build first`);
  }));
  await cp(SHIPPED_DIR, dir, { recursive: true });
  manifest.host_permissions = hosts.map((host) => `http://${host}/*`);
  manifest.web_accessible_resources = [{ resources: ['src/popup/popup.html', 'src/reader/reader.html', CONTROL_PAGE], matches: ['http://127.0.0.1/*'] }];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, CONTROL_PAGE), '<!doctype html><meta charset="utf-8"><title>Keepmark e2e control</title>\n');
}

/**
 * Launches Firefox ESR over WebDriver BiDi with a test build of the extension. Every plain-HTTP
 * request goes to `proxyPort` on 127.0.0.1 (the test server answers absolute-URL requests by path),
 * so `siteHosts` such as blog.csdn.net load the fixture pages and site adapters run on their real
 * URLs; HTTPS and every other host end at that server too: nothing leaves the machine.
 */
export async function launchWithExtension(proxyPort: number, siteHosts: string[]): Promise<ExtensionFirefox> {
  const workDir = await mkdtemp(join(tmpdir(), 'keepmark-e2e-firefox-'));
  const extensionDir = join(workDir, 'extension');
  const downloads = join(workDir, 'downloads');
  await mkdir(downloads);
  await writeTestBuild(extensionDir, ['127.0.0.1', ...siteHosts]);
  // The loopback page extension pages are opened from.
  const launcher = await serve([{ path: '/open-extension-page.html', body: '<!doctype html><title>open</title>' }]);
  const cleanUp = async (ff?: Browser) => {
    await ff?.close().catch(() => {});
    await launcher.close();
    await rm(workDir, { recursive: true, force: true });
  };
  let ff: Browser | undefined;
  try {
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.share_proxy_settings': true,
        'network.dns.disablePrefetch': true,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
      },
    });
    const installed = await ff.installExtension(extensionDir);
    if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
    return await connect(ff, launcher.origin, downloads, () => cleanUp(ff));
  } catch (error) {
    await cleanUp(ff);
    throw error;
  }
}

async function connect(ff: Browser, launcherOrigin: string, downloads: string, close: () => Promise<void>): Promise<ExtensionFirefox> {
  /** Opens `path` of the extension in a new tab, by way of a loopback page. */
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await ff.newPage();
    await page.goto(`${launcherOrigin}/open-extension-page.html`);
    const url = `${ORIGIN}/${path}`;
    await page.evaluate((to) => location.assign(to), url);
    // BiDi reports no navigation into moz-extension:// (and page.url() keeps the loopback address): ask the page itself.
    for (let i = 0; i < 200; i++) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
      if (state === `complete ${url}`) return page;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${url} did not open`);
  }

  const control = await openExtensionPage(CONTROL_PAGE);

  async function openPopupFor(page: Page): Promise<Page> {
    await page.bringToFront();
    const tabId = await control.evaluate(async (url) => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.url !== url) throw new Error(`the active tab shows ${tab?.url}, not ${url}`);
      return tab.id!;
    }, page.url());
    return openExtensionPage(`src/popup/popup.html?tab=${tabId}`);
  }

  async function downloaded(match: RegExp): Promise<string> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      // Firefox creates the file empty first and fills it in: only a `complete` download is read.
      const items = await control.evaluate(() => browser.downloads.search({}).then((all) => all.map(({ filename, state }) => ({ filename, state }))));
      const done = items.find((item) => match.test(item.filename) && item.state === 'complete');
      if (done) return done.filename;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no completed download matching ${match}`);
  }

  return { browser: ff, downloads, openExtensionPage, openPopupFor, downloaded, close };
}
