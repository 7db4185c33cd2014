// Conversion fixtures: test/fixtures/convert/<case>/source.html (article HTML as extraction leaves
// it, or a platform's raw markup) → expected.md, with conversion options from options.json if any.
// A missing expected.md fails; `UPDATE=1` writes the current output on purpose.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToMarkdown, type ConvertOptions } from '../src/core/convert';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'convert');
const UPDATE = process.env.UPDATE === '1';

function cases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

describe('conversion fixtures', () => {
  for (const name of cases(FIXTURES)) {
    test(name, () => {
      const dir = join(FIXTURES, name);
      const optionsPath = join(dir, 'options.json');
      const options: ConvertOptions = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
      const actual = htmlToMarkdown(readFileSync(join(dir, 'source.html'), 'utf8'), options);
      const expectedPath = join(dir, 'expected.md');
      if (UPDATE) writeFileSync(expectedPath, actual);
      if (!existsSync(expectedPath)) throw new Error(`conversion fixture ${name} has no expected.md: run UPDATE=1 to write it, then read it`);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
