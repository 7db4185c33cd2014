import browser from '../../shared/browser';
import type { DownloadDeps } from './download';
import { hostPattern } from '../../core/images/host-pattern';

// Every request the extension itself makes, and none of a tab's: a rule never touches a page.
const TAB_ID_NONE = -1;

/** Only the characters that mean something in a declarativeNetRequest urlFilter are escaped away. */
function exactUrlFilter(url: string): string {
  return `|${url.replace(/[*^|]/g, (c) => encodeURIComponent(c))}|`;
}

/**
 * Sets `Referer: pageUrl` on requests to exactly `url` made by Keepmark itself while `attempt`
 * runs, through a declarativeNetRequest session rule (fetch() may not set a Referer of another
 * origin; `declarativeNetRequestWithHostAccess` acts only where the user granted host access).
 */
async function withPageReferer<T>(url: string, pageUrl: string, attempt: () => Promise<T>): Promise<T> {
  const id = 1 + Math.floor(Math.random() * 2 ** 30);
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [
      {
        id,
        priority: 1,
        action: { type: 'modifyHeaders', requestHeaders: [{ header: 'referer', operation: 'set', value: pageUrl }] },
        condition: {
          urlFilter: exactUrlFilter(url),
          initiatorDomains: [new URL(browser.runtime.getURL('/')).host],
          tabIds: [TAB_ID_NONE],
          resourceTypes: ['xmlhttprequest', 'other'],
        },
      },
    ],
  });
  try {
    return await attempt();
  } finally {
    await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).catch(() => {});
  }
}

/** Removes Referer rules left behind by a worker stopped mid-download (session rules outlive it). */
async function clearRefererRules(): Promise<void> {
  const rules = await browser.declarativeNetRequest.getSessionRules();
  if (rules.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: rules.map((r) => r.id) });
}

// Once per worker, before its first download, so no leftover rule gives a first try a Referer.
let leftoversCleared: Promise<void> | null = null;

/** Download dependencies backed by the browser: its fetch, host permissions and session rules. */
export function browserDownloadDeps(): DownloadDeps {
  leftoversCleared ??= clearRefererRules().catch(() => {});
  const access = new Map<string, Promise<boolean>>();
  return {
    fetch: async (input, init) => {
      await leftoversCleared;
      return fetch(input, init);
    },
    canAccess(url) {
      const pattern = hostPattern(url);
      if (!access.has(pattern)) access.set(pattern, browser.permissions.contains({ origins: [pattern] }).catch(() => false));
      return access.get(pattern)!;
    },
    withPageReferer,
  };
}
