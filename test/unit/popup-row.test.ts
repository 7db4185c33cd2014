import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../../src/core/types';

// The popup's messages, as _locales/en would give them: the key and its substitutions, to see which is used where.
vi.mock('../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, substitutions: string[] = []) => [key, ...substitutions].join(' | ') } },
}));
const { rowView } = await import('../../src/popup/library/row');

beforeEach(() => vi.stubGlobal('document', parseHTML('<!doctype html><html><body><ul id="library"></ul></body></html>').document));
afterEach(() => vi.unstubAllGlobals());

const record = {
  id: 'k1', title: 'Reading tide tables', url: 'https://coast.example.net/tides', savedAt: Date.UTC(2025, 2, 4), userTags: ['sea', 'walks'], note: 'Check the spring tides',
} as ArticleRecord;

test('a row shows the title, site and saved day, the note, the tags and every action, in that order', () => {
  const { row, pick, tags, actions } = rowView(record, true);
  expect(row.dataset).toMatchObject({ testid: 'article-row', id: 'k1' });
  expect(row.getAttribute('aria-label')).toBe('Reading tide tables');
  expect([...row.children].map((el) => el.className)).toEqual(['title', 'meta', 'note', 'tags', 'actions']);
  expect(row.querySelector('.title')!.textContent).toBe('Reading tide tables');
  expect(pick.checked).toBe(true);
  expect(row.querySelector('.meta')!.textContent).toMatch(/^popupRowMeta \| coast\.example\.net \| .*2025/);
  expect(tags.value).toBe('sea, walks');
  expect(tags.getAttribute('list')).toBe('known-tags');
  expect(Object.keys(actions)).toEqual(['read', 'edit', 'export-md', 'copy-markdown', 'open-original', 'delete']);
  expect(actions.delete.className).toBe('delete');
  expect(actions.read.textContent).toBe('popupRead');
});

test('a search hit shows its passage; a row without a note has none; the site name is preferred to the host', () => {
  const { row, pick } = rowView({ ...record, note: '', siteName: 'Coast Notes' }, false, 'the spring tides run high');
  expect([...row.children].map((el) => el.className)).toEqual(['title', 'meta', 'snippet', 'tags', 'actions']);
  expect(row.querySelector('[data-testid=snippet]')!.textContent).toBe('the spring tides run high');
  expect(row.querySelector('.meta')!.textContent).toContain('Coast Notes');
  expect(pick.checked).toBe(false);
});
