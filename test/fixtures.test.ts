// Page fixtures: test/fixtures/<case>/source.html (first line: <!-- page URL -->) → expected.md.
// A missing expected.md fails; `UPDATE=1 npm test` writes the current output on purpose.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertPage } from '../src/core/pipeline';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE === '1';
// A fixed save time and clock offset, so dates that fall back to the save time are stable.
const SAVE = { id: 'fixture', now: Date.UTC(2026, 0, 15, 8, 0, 0), offset: 0 };

function cases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

function pageUrl(html: string, name: string): string {
  const url = html.match(/^<!--\s*(\S+)\s*-->/)?.[1];
  if (!url) throw new Error(`fixture ${name}: source.html must start with <!-- page URL -->`);
  return url;
}

describe('page fixtures', () => {
  for (const name of cases(FIXTURES)) {
    test(name, () => {
      const source = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
      const actual = convertPage(source, pageUrl(source, name), SAVE).post.content;
      const expectedPath = join(FIXTURES, name, 'expected.md');
      if (UPDATE) writeFileSync(expectedPath, actual);
      if (!existsSync(expectedPath)) throw new Error(`fixture ${name} has no expected.md: run UPDATE=1 npm test to write it, then read it`);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
