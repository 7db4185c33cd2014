// Every UI string exists in English and Chinese alike, with the same placeholders, and the popup
// asks for no key that en lacks (a missing key would show a blank, or throw in t()).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = new URL('../../../src/', import.meta.url).pathname;
const locale = (name: string) => JSON.parse(readFileSync(join(root, '_locales', name, 'messages.json'), 'utf8')) as Messages;
const en = locale('en');
const zh = locale('zh_CN');

/** The message keys a file asks for: `t('key'…)` in code, `data-i18n…="key"` in pages. */
function keysUsedIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g), ...text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)].map((m) => m[1]);
}

const popupFiles = readdirSync(join(root, 'popup'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|html)$/.test(name))
  .map((name) => join(root, 'popup', name));

test('en and zh_CN hold the same keys', () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
});

test('each message has the same placeholders in both, and every $NAME$ in a message is declared', () => {
  for (const [key, message] of Object.entries(en)) {
    const names = Object.keys(message.placeholders ?? {}).sort();
    expect(Object.keys(zh[key].placeholders ?? {}).sort(), key).toEqual(names);
    for (const m of [message, zh[key]]) {
      const used = [...new Set([...m.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((x) => x[1].toLowerCase()))].sort();
      expect(used, `${key}: ${m.message}`).toEqual(names);
    }
  }
});

test('the Chinese messages are translated, not copies of the English', () => {
  const same = Object.keys(en).filter((key) => key !== 'extName' && en[key].message === zh[key].message);
  expect(same).toEqual([]);
});

test('the popup uses no key missing from en, and uses keys at all', () => {
  const used = [...new Set(popupFiles.flatMap(keysUsedIn))];
  expect(used.length).toBeGreaterThan(30);
  expect(used.filter((key) => !(key in en))).toEqual([]);
});
