import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { editArticle } from '../../store/edit';

/** Tags as the user types them: comma-separated, trimmed, repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * Makes a row's tag field (row.ts) an inline tag editor: what is typed is saved (and reindexed) on
 * Enter or when the field loses focus; suggestions come from the tags of the listed articles.
 */
export function tagEditor(input: HTMLInputElement, library: Promise<LibraryDB>, article: ArticleRecord, onSaved: () => void): void {
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
}

/** Fills the suggestion list with every tag of the listed articles. */
export function suggestTags(list: HTMLDataListElement, articles: ArticleRecord[]): void {
  const known = [...new Set(articles.flatMap((article) => article.userTags))].sort();
  list.replaceChildren(...known.map((tag) => Object.assign(document.createElement('option'), { value: tag })));
}
