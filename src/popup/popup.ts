import browser from '../shared/browser';
import { ask } from '../shared/ask';
import type { SaveOutcome } from '../shared/messages';
import type { ArticleRecord } from '../core/types';
import { openLibrary, type LibraryDB } from '../store/db';
import { deleteArticle, listArticles, restoreArticle, type WholeArticle } from '../store/library';
import { showImageReport } from './image-report';
import { copyMarkdown, exportArticle, exportArticles, initExportPanel } from './export-panel';
import { readerPath } from '../shared/reader';
import { saveAllTabs } from './save-all-tabs';
import { findArticles } from './library/search';
import { suggestTags, tagEditor } from './library/tags';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The tab this popup acts on: the active tab, or `?tab=ID` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function showStatus(text: string, tone: 'busy' | 'ok' | 'error', offerSaveAnyway = false): void {
  $('status-text').textContent = text;
  $('status').className = `status ${tone}`;
  $('save-anyway').hidden = !offerSaveAnyway;
}

function showOutcome(outcome: SaveOutcome): void {
  showImageReport('article' in outcome ? outcome.article : null);
  switch (outcome.status) {
    case 'saved':
      return showStatus(`Saved: ${outcome.article.title}`, 'ok');
    case 'updated':
      return showStatus(`Updated: ${outcome.article.title} (saved before; your tags are kept)`, 'ok');
    case 'not-article':
      return showStatus('This page does not look like an article, so it was not saved.', 'error', true);
    case 'failed':
      return showStatus(outcome.reason, 'error');
  }
}

function showNotice(text: string | null): void {
  $('notice').textContent = text ?? '';
  $('notice').hidden = !text;
}

function savedDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function button(label: string, testId: string, onClick: () => void, className = ''): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.textContent = label;
  el.dataset.testid = testId;
  if (className) el.className = className;
  el.addEventListener('click', onClick);
  return el;
}

function articleRow(db: LibraryDB, article: ArticleRecord, matched?: string): HTMLLIElement {
  const row = document.createElement('li');
  row.dataset.testid = 'article-row';
  row.dataset.id = article.id;
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = article.title;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = `${article.siteName ?? new URL(article.url).hostname} · saved ${savedDate(article.savedAt)}`;
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(
    button('Read', 'read', () => void browser.tabs.create({ url: browser.runtime.getURL(readerPath(article.id)) })),
    button('Export', 'export-md', () => void runExport(() => exportArticle(article.id))),
    button('Copy Markdown', 'copy-markdown', () => void copy(db, article.id)),
    button('Open original', 'open-original', () => void browser.tabs.create({ url: article.url })),
    button('Delete', 'delete', () => void remove(db, article), 'delete'),
  );
  row.append(title, meta);
  if (matched) {
    const passage = document.createElement('div');
    passage.className = 'snippet';
    passage.dataset.testid = 'snippet';
    passage.textContent = matched;
    row.append(passage);
  }
  row.append(tagEditor(db, article, () => void render(db)), actions);
  return row;
}

/** Rows shown without a query: the newest first, read through the saved-time index, never all. */
const PAGE = 50;
let shown = PAGE;

async function render(db: LibraryDB): Promise<void> {
  const query = ($('search') as HTMLInputElement).value.trim();
  if (query) {
    const found = await findArticles(db, query);
    // A newer keystroke may have rendered meanwhile; only the latest query's results are shown.
    if (query !== ($('search') as HTMLInputElement).value.trim()) return;
    $('library').replaceChildren(...found.map((f) => articleRow(db, f.record, f.snippet)));
    suggestTags($('known-tags') as HTMLDataListElement, found.map((f) => f.record));
    $('empty').hidden = true;
    $('no-match').hidden = found.length > 0;
    $('show-more').hidden = true;
    return;
  }
  $('no-match').hidden = true;
  // One row past the page tells whether older articles remain.
  const articles = await listArticles(db, shown + 1);
  $('show-more').hidden = articles.length <= shown;
  articles.length = Math.min(articles.length, shown);
  $('library').replaceChildren(...articles.map((a) => articleRow(db, a)));
  suggestTags($('known-tags') as HTMLDataListElement, articles);
  $('empty').hidden = articles.length > 0;
  ($('export-all') as HTMLButtonElement).disabled = articles.length === 0;
}

async function runExport(run: () => Promise<{ fileName: string; count: number; leftOut?: number }>): Promise<void> {
  showNotice(null);
  try {
    const { fileName, count, leftOut } = await run();
    const report = leftOut ? ` (${leftOut === 1 ? '1 thing' : `${leftOut} things`} left out: see the report in the zip)` : '';
    showStatus(`Exported ${count === 1 ? '1 article' : `${count} articles`} to ${fileName}${report}`, 'ok');
  } catch (error) {
    showNotice(`Export failed: ${(error as Error).message}`);
  }
}

async function copy(db: LibraryDB, id: string): Promise<void> {
  showNotice(null);
  try {
    await copyMarkdown(db, id);
    showStatus('Copied the article’s Markdown to the clipboard.', 'ok');
  } catch (error) {
    showNotice(`Copy failed: ${(error as Error).message}`);
  }
}

let lastDeleted: WholeArticle | null = null;

async function remove(db: LibraryDB, article: ArticleRecord): Promise<void> {
  lastDeleted = await deleteArticle(db, article.id);
  $('undo-text').textContent = `Deleted “${article.title}”.`;
  $('undo').hidden = !lastDeleted;
  await render(db);
}

async function undoDelete(db: LibraryDB): Promise<void> {
  if (!lastDeleted) return;
  const restored = await restoreArticle(db, lastDeleted);
  if (!restored) showNotice('That page was saved again meanwhile; the newer copy is kept.');
  lastDeleted = null;
  $('undo').hidden = true;
  await render(db);
}

async function save(db: LibraryDB, force: boolean): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) return showStatus('There is no page to save in this window.', 'error');
  showStatus('Saving this page…', 'busy');
  try {
    showOutcome(await ask('savePage', { tabId, force }));
  } catch (error) {
    showStatus(`Saving failed: ${(error as Error).message}`, 'error');
  }
  await render(db);
}

async function main(): Promise<void> {
  const db = await openLibrary();
  $('save-anyway').addEventListener('click', () => void save(db, true));
  initExportPanel($('export-panel'));
  $('export-all').addEventListener('click', () => void runExport(() => exportArticles('all')));
  $('save-all-tabs').addEventListener('click', () => void saveAllTabs(showStatus).then(() => render(db)));
  $('undo-button').addEventListener('click', () => void undoDelete(db));
  $('search').addEventListener('input', () => void render(db));
  $('show-more').addEventListener('click', () => {
    shown += PAGE;
    void render(db);
  });
  await render(db);
  // Opening the popup is the save gesture: save the page at once.
  await save(db, false);
}

main().catch((error) => showStatus(`Keepmark could not open its library: ${(error as Error).message}`, 'error'));
