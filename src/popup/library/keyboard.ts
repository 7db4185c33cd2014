/** What the list's keys do; ids are the rows' `data-id`. */
export interface ListActions {
  list: HTMLElement;
  search: HTMLInputElement;
  open(id: string): void;
  remove(id: string): Promise<void>;
  /** Escape: clears the selection, or the search when nothing is selected. */
  clear(): void;
}

const rows = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>(':scope > li')];

function focusRow(list: HTMLElement, index: number): void {
  const all = rows(list);
  const row = all[Math.max(0, Math.min(index, all.length - 1))];
  if (!row) return;
  // One tab stop for the list: the row last moved to.
  for (const other of all) other.tabIndex = other === row ? 0 : -1;
  row.focus();
}

/**
 * The list's keyboard: ↑/↓ move between rows (↓ from the search box enters the list, ↑ from the
 * first row goes back), Enter opens the reader, Delete deletes (with the usual Undo), `/` focuses
 * the search box from anywhere but a text field, Escape clears the selection or the search.
 */
export function listKeys(actions: ListActions): void {
  const { list, search } = actions;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target instanceof HTMLInputElement && target.type !== 'checkbox' || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
      search.select();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.clear();
      return;
    }
    if (target === search && event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(list, 0);
      return;
    }
    // The rest acts on a focused row itself, not on the controls inside it.
    if (target.parentElement !== list) return;
    const index = rows(list).indexOf(target);
    const id = target.dataset.id!;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        return focusRow(list, index + 1);
      case 'ArrowUp':
        event.preventDefault();
        return index === 0 ? search.focus() : focusRow(list, index - 1);
      case 'Enter':
        event.preventDefault();
        return actions.open(id);
      case 'Delete':
        event.preventDefault();
        void actions.remove(id).then(() => focusRow(list, index));
        return;
    }
  });
}
