import { expect, test } from 'vitest';
import { summarizeBatch } from '../../src/popup/batch-summary';
import type { ArticleRecord } from '../../src/core/types';

const article = { title: 'x' } as ArticleRecord;

test('counts every tab: saved, updated, not an article and failed, with the reason for each one not saved', () => {
  const summary = summarizeBatch([
    { label: 'A post', outcome: { status: 'saved', article } },
    { label: 'Another post', outcome: { status: 'updated', article } },
    { label: 'Sign in · Example', outcome: { status: 'not-article', title: 'Sign in · Example' } },
    { label: 'Tab 4', outcome: { status: 'failed', reason: 'Browser pages such as settings or new tabs cannot be saved.' } },
  ]);
  expect(summary.headline).toBe('Saved 2 of 4 tabs (1 updated). 1 is not an article. 1 failed.');
  expect(summary.problems).toEqual([
    'Sign in · Example: not an article, so not saved (open it and use “Save anyway” to keep it).',
    'Tab 4: Browser pages such as settings or new tabs cannot be saved.',
  ]);
});

test('a window where everything saved has no problems to list', () => {
  expect(summarizeBatch([{ label: 'A', outcome: { status: 'saved', article } }])).toEqual({ headline: 'Saved 1 of 1 tab.', problems: [] });
});
