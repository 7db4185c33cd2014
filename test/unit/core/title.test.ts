import { expect, test } from 'vitest';
import { cleanTitle, siteMatcher } from '../../../src/core/extract/title';

test.each([
  ['A rate limiter in forty lines | Field Notes', 'Field Notes', 'A rate limiter in forty lines'],
  ['Field Notes | A rate limiter in forty lines', 'Field Notes', 'A rate limiter in forty lines'],
  ['Why snake_case_names survive - My Blog', null, 'Why snake_case_names survive'],
  ['Go: the good parts', null, 'Go: the good parts'],
  ['One - Two - Three', 'Unrelated', 'One - Two - Three'],
  ['Field Notes', 'Field Notes', null],
])('%s → %s', (title, site, expected) => {
  expect(cleanTitle(title, siteMatcher(site ? [site] : [], ''))).toBe(expected);
});

test('after a vertical bar come keywords and the site: the first part that is not the site is the title', () => {
  const site = siteMatcher(['Field Notes'], '');
  expect(cleanTitle('Wool socks | Warm, light, washable | Field Notes', site)).toBe('Wool socks');
  expect(cleanTitle('Field Notes | Wool socks | Warm, light, washable', site)).toBe('Wool socks');
  expect(cleanTitle('Wool socks - warm and light - Field Notes', site)).toBe('Wool socks - warm and light');
});

test('a part that spells the host name is the site, with a word or two around it', () => {
  const site = siteMatcher([], 'www.fieldnotes.example');
  expect(cleanTitle('Sharding a queue - fieldnotes.example', site)).toBe('Sharding a queue');
  expect(cleanTitle('Sharding a queue | Field Notes Blog', site)).toBe('Sharding a queue');
  expect(cleanTitle('Field Notes: Sharding a queue', site)).toBe('Field Notes: Sharding a queue');
  // A longer phrase that starts with the site's name is a title of its own.
  expect(site('Field Notes on sharding queues')).toBe(false);
});

test('a part inside a declared name, or the name with a word around it, is the site', () => {
  const site = siteMatcher(['The Harbour Gazette'], '');
  expect(site('Harbour Gazette')).toBe(true);
  expect(site('The Harbour Gazette Online')).toBe(true);
  expect(site('The Harbour Gazette guide to winter sailing')).toBe(false);
});

test('a separator with spaces on both sides splits; the same mark inside a word does not', () => {
  const site = siteMatcher(['Field Notes'], '');
  expect(cleanTitle('Queues / Field Notes', site)).toBe('Queues');
  expect(cleanTitle('Read/write locks explained : Field Notes', site)).toBe('Read/write locks explained');
});
