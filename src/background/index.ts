import browser from '../shared/browser';
import { isRequest, type Handlers, type Reply } from '../shared/messages';
import { savePage } from './save-page';
import { exportAll, exportArticle, exportArticles } from './export';
import { saveFromGesture } from './gesture';
import { retryFailedImages } from './images/article-images';
import { imageCapSetting } from './image-cap';
import { saveLinkFromMenu } from './save-link';

const SAVE_PAGE_MENU = 'save-page';
const SAVE_SELECTION_MENU = 'save-selection';
const SAVE_LINK_MENU = 'save-link';
const SAVE_PAGE_COMMAND = 'save-page';

const handlers = {
  savePage: ({ tabId, force }) => savePage(tabId, force),
  exportArticle: ({ id, presetId, format }) => exportArticle(id, presetId, format),
  exportAll: () => exportAll(),
  retryImages: async ({ id }) => retryFailedImages(id, await imageCapSetting()),
  exportArticles: ({ ids, presetId }) => exportArticles(ids, presetId),
} satisfies Handlers;

async function answer(message: unknown): Promise<Reply<unknown>> {
  if (!isRequest(message) || !(message.type in handlers)) return { ok: false, error: 'Unknown request.' };
  try {
    const handler = handlers[message.type] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(message.args) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function main(): void {
  browser.runtime.onMessage.addListener((message: unknown) => answer(message));
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_PAGE_MENU, title: browser.i18n.getMessage('saveMenu') || 'Save page to Keepmark', contexts: ['page'] });
    browser.contextMenus.create({ id: SAVE_SELECTION_MENU, title: browser.i18n.getMessage('saveSelectionMenu') || 'Save selection to Keepmark', contexts: ['selection'] });
    browser.contextMenus.create({ id: SAVE_LINK_MENU, title: browser.i18n.getMessage('saveLinkMenu') || 'Save link to Keepmark', contexts: ['link'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_PAGE_MENU) void saveFromGesture(tab?.id);
    if (info.menuItemId === SAVE_SELECTION_MENU) void saveFromGesture(tab?.id, 'selection');
    if (info.menuItemId === SAVE_LINK_MENU && info.linkUrl) void saveLinkFromMenu(info.linkUrl, tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_PAGE_COMMAND) return;
    if (tab?.id !== undefined) void saveFromGesture(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => saveFromGesture(active?.id));
  });
}

main();
