import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { editArticle } from '../../store/edit';
import { t } from '../../shared/i18n';

/** Tags as the user types them: comma-separated, trimmed, repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * An inline tag editor for one row: the current tags in a text field, suggestions from the tags
 * of the listed articles, saved (and reindexed) on Enter or when the field loses focus.
 */
export function tagEditor(library: Promise<LibraryDB>, article: ArticleRecord, onSaved: () => void): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'tags';
  input.dataset.testid = 'tags';
  input.value = article.userTags.join(', ');
  input.placeholder = t('popupTagsPlaceholder');
  input.setAttribute('aria-label', t('popupTagsLabel', article.title));
  input.setAttribute('list', 'known-tags');
  let saved = input.value;
  const commit = async () => {
    if (input.value === saved) return;
    saved = input.value;
    await editArticle(await library, article.id, { userTags: parseTags(input.value) });
    onSaved();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void commit();
  });
  input.addEventListener('change', () => void commit());
  return input;
}

/** Fills the suggestion list with every tag of the listed articles. */
export function suggestTags(list: HTMLDataListElement, articles: ArticleRecord[]): void {
  const known = [...new Set(articles.flatMap((article) => article.userTags))].sort();
  list.replaceChildren(...known.map((tag) => Object.assign(document.createElement('option'), { value: tag })));
}
