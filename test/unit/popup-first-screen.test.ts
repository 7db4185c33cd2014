import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { rememberFirstScreen, rememberedFirstScreen } from '../../src/popup/library/first-screen';
import type { ArticleRecord } from '../../src/core/types';

/** The extension page's localStorage, as a map (Node has none). */
let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  });
});
afterEach(() => vi.unstubAllGlobals());

const record = (id: string, title: string) =>
  ({ id, title, url: `https://field-notes.example.net/${id}`, siteName: 'Field Notes', savedAt: 1_700_000_000_000, userTags: ['walks'], note: '' }) as ArticleRecord;

test('the rows of the first screen come back as they were remembered', () => {
  expect(rememberedFirstScreen()).toBeNull();
  const rows = [record('a', 'Tide tables'), record('b', 'Lichens')];
  rememberFirstScreen(rows);
  expect(rememberedFirstScreen()).toEqual(rows);
});

test('an emptied library leaves no first screen to draw', () => {
  rememberFirstScreen([record('a', 'Tide tables')]);
  rememberFirstScreen([]);
  expect(rememberedFirstScreen()).toBeNull();
});

test('anything under the key that is not rows is not drawn', () => {
  for (const value of ['not json', '{"id":"a"}', '[{"id":"a","title":"x"}]', JSON.stringify([{ ...record('a', 'x'), url: 'not an address' }]), '[null]']) {
    stored.set('firstScreen', value);
    expect(rememberedFirstScreen(), value).toBeNull();
  }
});

test('storage that refuses the write (full, or turned off) is not an error: the next popup reads the library first', () => {
  vi.stubGlobal('localStorage', {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  });
  expect(() => rememberFirstScreen([record('a', 'Tide tables')])).not.toThrow();
  expect(rememberedFirstScreen()).toBeNull();
});
