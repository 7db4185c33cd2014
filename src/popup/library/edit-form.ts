import type { ArticleRecord } from '../../core/types';
import type { LibraryDB } from '../../store/db';
import { editArticle } from '../../store/edit';
import { t } from '../../shared/i18n';

/**
 * A row's editor for the title and the user's note, opened by the row's Edit button. Saved with
 * `editArticle` (which reindexes the article for search); an empty title is refused with a message.
 */
export function editForm(db: LibraryDB, article: ArticleRecord, onSaved: () => void): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'edit';
  form.dataset.testid = 'edit-form';
  form.hidden = true;
  const title = Object.assign(document.createElement('input'), { type: 'text', value: article.title });
  title.dataset.testid = 'edit-title';
  title.setAttribute('aria-label', t('popupEditTitle'));
  const note = Object.assign(document.createElement('textarea'), { value: article.note, rows: 3, placeholder: t('popupEditNotePlaceholder') });
  note.dataset.testid = 'edit-note';
  note.setAttribute('aria-label', t('popupEditNote'));
  const problem = document.createElement('p');
  problem.className = 'edit-problem';
  problem.setAttribute('role', 'alert');
  const save = Object.assign(document.createElement('button'), { type: 'submit', textContent: t('popupEditSave') });
  save.dataset.testid = 'edit-save';
  const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: t('popupEditCancel') });
  cancel.addEventListener('click', () => (form.hidden = true));
  const buttons = document.createElement('div');
  buttons.className = 'actions';
  buttons.append(save, cancel);
  form.append(title, note, problem, buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const newTitle = title.value.trim();
    if (!newTitle) {
      problem.textContent = t('popupEditEmptyTitle');
      return;
    }
    void editArticle(db, article.id, { title: newTitle, note: note.value.trim() }).then(
      (saved) => {
        if (!saved) problem.textContent = t('popupArticleGone');
        else onSaved();
      },
      (error: Error) => (problem.textContent = t('popupSavingFailed', error.message)),
    );
  });
  return form;
}
