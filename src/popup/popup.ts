import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { ask } from '../shared/ask';
import type { SaveOutcome } from '../shared/messages';
import type { ArticleRecord } from '../core/types';
import { openLibrary } from '../store/db';
import { deleteArticles, listArticles, listFiltered, passes, restoreArticle, type WholeArticle } from '../store/library';
import { chosenFilter, chosenOrder, fillFilterChoices, rememberOrder, restoreOrder } from './library/filter';
import { showImageReport } from './image-report';
import { readerPath } from '../shared/reader';
import { saveAllTabs } from './save-all-tabs';
import { searchLibrary } from './library/search';
import { suggestTags, tagEditor } from './library/tags';
import { rowView } from './library/row';
import { Selection } from './library/selection';
import { editForm } from './library/edit-form';
import { listKeys } from './library/keyboard';
import { rememberFirstScreen } from './library/first-screen';

// The export code (presets, YAML, Markdown) is loaded after the first rows are shown, not before.
const exportPanel = () => import('./export-panel');

// The popup's one connection to the library, asked for as the popup's code starts: rows are shown
// before it answers (see first-screen.ts), and their actions wait for it.
const library = openLibrary();

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
      return showStatus(t('popupSaved', outcome.article.title), 'ok');
    case 'updated':
      return showStatus(t('popupUpdated', outcome.article.title), 'ok');
    case 'not-article':
      return showStatus(t('popupNotArticle'), 'error', true);
    case 'failed':
      return showStatus(outcome.reason, 'error');
  }
}

function showNotice(text: string | null): void {
  $('notice').textContent = text ?? '';
  $('notice').hidden = !text;
}

function openReader(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(readerPath(id)) });
}

/** A row of the list (row.ts), its controls wired. */
function articleRow(article: ArticleRecord, matched?: string): HTMLLIElement {
  const { row, pick, tags, actions } = rowView(article, selection.has(article.id), matched);
  pick.addEventListener('change', () => selection.toggle(article.id, pick.checked));
  // The editor is built when first asked for: most rows are never edited, and rows are rebuilt per keystroke.
  let edit: HTMLFormElement | null = null;
  actions.read.addEventListener('click', () => openReader(article.id));
  actions.edit.addEventListener('click', async () => {
    if (!edit) row.append((edit = editForm(await library, article, () => void render())));
    edit.hidden = !edit.hidden;
    if (!edit.hidden) edit.querySelector('input')!.focus();
  });
  actions['export-md'].addEventListener('click', () => void runExport(async () => (await exportPanel()).exportArticle(article.id)));
  actions['copy-markdown'].addEventListener('click', () => void copy(article.id));
  actions['open-original'].addEventListener('click', () => void browser.tabs.create({ url: article.url }));
  actions.delete.addEventListener('click', () => void remove([article.id]));
  tagEditor(tags, library, article, () => void render().then(async () => fillFilterChoices(await library, $('filter') as HTMLSelectElement)));
  return row;
}

/** Shows the selection bar while anything is ticked, with how many. */
const selection = new Selection(() => {
  const chosen = selection.chosen.length;
  $('selection').hidden = chosen === 0;
  $('selection-count').textContent = t('popupSelectedCount', chosen);
  ($('select-all') as HTMLInputElement).checked = selection.allShown;
  for (const box of document.querySelectorAll<HTMLInputElement>('#library .pick')) box.checked = selection.has(box.closest('li')!.dataset.id!);
});

/** The records of the rows now shown, by id, in list order. */
const shownRecords = new Map<string, ArticleRecord>();

function showRows(rows: Array<{ record: ArticleRecord; snippet?: string }>, more = false): void {
  if (!more) shownRecords.clear();
  for (const { record } of rows) shownRecords.set(record.id, record);
  const built = rows.map(({ record, snippet }) => articleRow(record, snippet));
  if (more) $('library').append(...built);
  else $('library').replaceChildren(...built);
  selection.setShown([...shownRecords.keys()]);
}

/** Rows shown without a query: the newest first, read through the saved-time index, never all. */
const PAGE = 50;
let shown = PAGE;
/** Rows in the popup's first paint: a screenful, so it shows before the rest of the page is built. */
const FIRST_PAINT = 8;
/** Search results shown: a screenful first, the rest once it is painted. */
const SEARCH_RESULTS = 30;
/** Bumped by every render: a render that finds it changed stops, as a newer one took over. */
let renders = 0;

const nextPaint = () => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
/**
 * How long typing must pause before a search reads its matches past the first screenful: while
 * the user types, each keystroke's search is superseded by the next, and reading rows nobody will
 * scroll to would only slow the next keystroke down.
 */
const TYPING_PAUSE = 150;

/** Shows the search's matches, or else the newest `limit` articles (a first paint passes fewer than a page). */
async function render(limit = shown): Promise<void> {
  const mine = ++renders;
  const db = await library;
  const stale = () => mine !== renders;
  const query = ($('search') as HTMLInputElement).value.trim();
  const filter = chosenFilter($('filter') as HTMLSelectElement);
  if (query) {
    // A filter narrows the hits; search ranks over the whole library.
    const results = await searchLibrary(db, query);
    const matching = async (count: number) => (await results.next(count)).filter((f) => passes(f.record, filter));
    if (stale()) return;
    const first = await matching(FIRST_PAINT);
    if (stale()) return;
    showRows(first);
    $('empty').hidden = true;
    // Filtered out of the first screenful is not yet no match: the rest decides.
    $('no-match').hidden = first.length > 0 || filter !== null;
    $('show-more').hidden = true;
    await nextPaint();
    await new Promise((paused) => setTimeout(paused, TYPING_PAUSE));
    if (stale()) return;
    const rest = await matching(SEARCH_RESULTS - FIRST_PAINT);
    if (stale()) return;
    showRows(rest, true);
    const found = [...shownRecords.values()];
    suggestTags($('known-tags') as HTMLDataListElement, found);
    $('no-match').hidden = found.length > 0;
    return;
  }
  // One row past the page tells whether older articles remain.
  const order = chosenOrder($('order') as HTMLSelectElement);
  const articles = filter ? await listFiltered(db, filter, limit + 1, order) : await listArticles(db, limit + 1, order);
  if (stale()) return;
  $('show-more').hidden = articles.length <= limit || limit < shown;
  articles.length = Math.min(articles.length, limit);
  showRows(articles.map((record) => ({ record })));
  if (!filter) rememberFirstScreen(articles.slice(0, FIRST_PAINT));
  suggestTags($('known-tags') as HTMLDataListElement, articles);
  $('empty').hidden = articles.length > 0 || filter !== null;
  $('no-match').hidden = articles.length > 0 || filter === null;
  if (!filter) ($('export-all') as HTMLButtonElement).disabled = articles.length === 0;
}

async function runExport(run: () => Promise<{ fileName: string; count: number; leftOut?: number }>): Promise<void> {
  showNotice(null);
  try {
    const { fileName, count, leftOut } = await run();
    const exported = count === 1 ? t('popupExportedOne', fileName) : t('popupExportedMany', count, fileName);
    showStatus(leftOut ? `${exported} ${t('popupLeftOut', leftOut)}` : exported, 'ok');
  } catch (error) {
    showNotice(t('popupExportFailed', (error as Error).message));
  }
}

async function copy(id: string): Promise<void> {
  showNotice(null);
  try {
    await (await exportPanel()).copyMarkdown(await library, id);
    showStatus(t('popupCopied'), 'ok');
  } catch (error) {
    showNotice(t('popupCopyFailed', (error as Error).message));
  }
}

let lastDeleted: WholeArticle[] = [];

/** Deletes the articles `ids` at once; one Undo puts them all back. */
async function remove(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  lastDeleted = await deleteArticles(await library, ids);
  $('undo-text').textContent = lastDeleted.length === 1 ? t('popupDeletedOne', lastDeleted[0].record.title) : t('popupDeletedMany', lastDeleted.length);
  $('undo').hidden = lastDeleted.length === 0;
  await render();
}

async function undoDelete(): Promise<void> {
  const db = await library;
  const articles = lastDeleted;
  lastDeleted = [];
  $('undo').hidden = true;
  let savedAgain = 0;
  for (const article of articles) if (!(await restoreArticle(db, article))) savedAgain++;
  if (savedAgain) showNotice(savedAgain === 1 ? t('popupSavedAgainOne') : t('popupSavedAgainMany', savedAgain));
  await render();
}

async function save(force: boolean): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) return showStatus(t('popupNoPage'), 'error');
  showStatus(t('popupSavingPage'), 'busy');
  try {
    showOutcome(await ask('savePage', { tabId, force }));
  } catch (error) {
    showStatus(t('popupSavingFailed', (error as Error).message), 'error');
  }
  await render();
}

async function main(): Promise<void> {
  // The first paint (first-paint.ts) drew the first screen the popup last showed: the library's own rows replace it.
  const drawnEarly = $('library').childElementCount > 0;
  const [db] = await Promise.all([library, restoreOrder($('order') as HTMLSelectElement)]);
  $('save-anyway').addEventListener('click', () => void save(true));
  $('export-all').addEventListener('click', () => void runExport(async () => (await exportPanel()).exportArticles('all')));
  $('save-all-tabs').addEventListener('click', () => void saveAllTabs(showStatus).then(() => render()));
  $('undo-button').addEventListener('click', () => void undoDelete());
  $('search').addEventListener('input', () => void render());
  $('filter').addEventListener('change', () => void render());
  $('order').addEventListener('change', () => {
    void rememberOrder($('order') as HTMLSelectElement);
    void render();
  });
  $('select-all').addEventListener('change', () => selection.toggleAllShown());
  $('export-selected').addEventListener('click', () => void runExport(async () => (await exportPanel()).exportArticles(selection.chosen)));
  $('delete-selected').addEventListener('click', () => void remove(selection.chosen));
  $('clear-selection').addEventListener('click', () => selection.clear());
  listKeys({
    list: $('library'),
    search: $('search') as HTMLInputElement,
    open: openReader,
    remove: (id) => remove([id]),
    clear: () => {
      if (selection.chosen.length) return selection.clear();
      ($('search') as HTMLInputElement).value = '';
      void render();
    },
  });
  $('show-more').addEventListener('click', () => {
    shown += PAGE;
    void render();
  });
  // Without a remembered screen, a screenful first; the rest of the page once it is on screen.
  if (!drawnEarly) {
    await render(FIRST_PAINT);
    await nextPaint();
  }
  await render();
  await fillFilterChoices(db, $('filter') as HTMLSelectElement);
  (await exportPanel()).initExportPanel($('export-panel'));
  // Opening the popup is the save gesture: save the page at once.
  await save(false);
}

main().catch((error) => showStatus(t('popupCannotOpen', (error as Error).message), 'error'));
