import type { ArticleRecord } from '../../core/types';
import { t } from '../../shared/i18n';

/** A row's buttons, by the test id the popup wires them by, with their label's message. */
const ACTIONS = {
  read: 'popupRead',
  edit: 'popupEdit',
  'export-md': 'popupExport',
  'copy-markdown': 'popupCopyMarkdown',
  'open-original': 'popupOpenOriginal',
  delete: 'popupDelete',
} as const;
export type RowAction = keyof typeof ACTIONS;

/** One row of the library list as drawn: the elements popup.ts wires (see `articleRow` there). */
export interface RowView {
  row: HTMLLIElement;
  pick: HTMLInputElement;
  tags: HTMLInputElement;
  actions: Record<RowAction, HTMLButtonElement>;
}

// One formatter for every row: building it is the costly part of formatting a date.
const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * Draws one row of the library list, its controls not yet wired: the popup's first paint draws the
 * rows it remembers this way before the popup's own code has loaded (first-paint.ts), and the popup
 * wires the rows it draws itself.
 */
export function rowView(article: ArticleRecord, selected: boolean, matched?: string): RowView {
  const row = document.createElement('li');
  row.dataset.testid = 'article-row';
  row.dataset.id = article.id;
  // Rows are reached with ↑/↓ (one tab stop for the list; see keyboard.ts).
  row.tabIndex = -1;
  row.setAttribute('aria-label', article.title);
  const pick = document.createElement('input');
  pick.type = 'checkbox';
  pick.className = 'pick';
  pick.dataset.testid = 'select';
  pick.checked = selected;
  pick.setAttribute('aria-label', t('popupSelectArticle', article.title));
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = article.title;
  title.prepend(pick);
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = t('popupRowMeta', article.siteName ?? new URL(article.url).hostname, dateFormat.format(article.savedAt));
  row.append(title, meta);
  if (article.note) row.append(line('note', article.note));
  if (matched) row.append(line('snippet', matched));
  const tags = tagField(article);
  const actions = {} as Record<RowAction, HTMLButtonElement>;
  const bar = document.createElement('div');
  bar.className = 'actions';
  for (const [action, message] of Object.entries(ACTIONS) as Array<[RowAction, string]>) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t(message);
    button.dataset.testid = action;
    if (action === 'delete') button.className = 'delete';
    bar.append((actions[action] = button));
  }
  row.append(tags, bar);
  return { row, pick, tags, actions };
}

/** A line under the title: the user's note, or the passage a search matched. */
function line(name: 'note' | 'snippet', text: string): HTMLDivElement {
  const el = document.createElement('div');
  el.className = name;
  el.dataset.testid = name;
  el.textContent = text;
  return el;
}

/** The row's tags in a text field, with the suggestions of the list's tags (tags.ts saves what is typed). */
function tagField(article: ArticleRecord): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'tags';
  input.dataset.testid = 'tags';
  input.value = article.userTags.join(', ');
  input.placeholder = t('popupTagsPlaceholder');
  input.setAttribute('aria-label', t('popupTagsLabel', article.title));
  input.setAttribute('list', 'known-tags');
  return input;
}
