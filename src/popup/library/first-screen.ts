import type { ArticleRecord } from '../../core/types';

/**
 * The popup's first screen of rows, as it last showed them, kept in the extension's own
 * localStorage: read synchronously by the popup's first paint (first-paint.ts), it lets the rows be
 * drawn before the popup's code has loaded and the library (IndexedDB) has opened and answered.
 * The library's rows replace these as soon as they are read, so a save made elsewhere since (a
 * link saved from the menu) shows a moment later. Only what the library itself holds is kept here.
 */
const KEY = 'firstScreen';

export function rememberFirstScreen(records: ArticleRecord[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(records));
  } catch {
    // Storage full or unavailable: the next popup reads the library first, as without this.
  }
}

/** The rows remembered by `rememberFirstScreen`, or null when there are none or they are not rows. */
export function rememberedFirstScreen(): ArticleRecord[] | null {
  let records: unknown;
  try {
    records = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  return Array.isArray(records) && records.length > 0 && records.every(isRow) ? records : null;
}

/** What a row reads of a record: anything else stored under the key is not used. */
function isRow(value: unknown): value is ArticleRecord {
  const record = value as ArticleRecord;
  return (
    typeof record === 'object' && record !== null &&
    typeof record.id === 'string' && typeof record.title === 'string' && typeof record.url === 'string' &&
    typeof record.savedAt === 'number' && Array.isArray(record.userTags) && typeof record.note === 'string' &&
    isAddress(record.url)
  );
}

function isAddress(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
