import { describe, expect, test } from 'vitest';
import { safeFileName, slugify, truncateBytes } from '../../../src/core/filename';

describe('post file names', () => {
  test('Latin titles become lowercase hyphenated slugs', () => {
    expect(slugify('A Rate Limiter in Forty Lines!')).toBe('a-rate-limiter-in-forty-lines');
  });

  test('CJK titles stay readable', () => {
    expect(slugify('用 Go 的 context 优雅地取消后台任务')).toBe('用-go-的-context-优雅地取消后台任务');
  });

  test('characters a file system refuses never appear', () => {
    const slug = slugify('a<b>c:d"e/f\\g|h?i*j\u0000k');
    expect(slug).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(slug).toBe('a-b-c-d-e-f-g-h-i-j-k');
  });

  test('long titles are cut by UTF-8 bytes without splitting a character', () => {
    const slug = slugify('长'.repeat(200));
    expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(120);
    expect(slug).toBe('长'.repeat(40));
    expect(truncateBytes('a😀b', 3)).toBe('a');
  });

});

describe('safe file names (a title as an Obsidian note name)', () => {
  test('characters Windows refuses become spaces; whitespace runs become one space', () => {
    expect(safeFileName('a/b\\c: d*e?f"g<h>i|j.md')).toBe('a b c d e f g h i j.md');
    expect(safeFileName('line one\nline\ttwo.md')).toBe('line one line two.md');
  });

  test('no leading or trailing dots or spaces; never empty, "." or ".."', () => {
    expect(safeFileName('  Wait...  ')).toBe('Wait');
    expect(safeFileName('...and then.md')).toBe('and then.md');
    expect(safeFileName('Trailing. .md')).toBe('Trailing.md');
    expect(safeFileName('..')).toBe('_');
    expect(safeFileName('.')).toBe('_');
    expect(safeFileName('???.md')).toBe('_.md');
  });

  test.each([['CON', 'CON_'], ['con.md', 'con_.md'], ['Nul.tar.gz', 'Nul_.tar.gz'], ['COM1.md', 'COM1_.md'], ['lpt9', 'lpt9_'], ['PRN ', 'PRN_'], ['AUX.md', 'AUX_.md']])(
    'the reserved device name %j gets a suffix: %j',
    (name, safe) => expect(safeFileName(name)).toBe(safe),
  );

  test('names that only start like a reserved one are kept', () => {
    expect(safeFileName('CONTENT.md')).toBe('CONTENT.md');
    expect(safeFileName('COM10.md')).toBe('COM10.md');
  });

  test('at most 255 UTF-8 bytes, the extension kept and no character cut', () => {
    const name = safeFileName(`${'長'.repeat(100)}.md`);
    expect(name).toBe(`${'長'.repeat(84)}.md`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    const emoji = safeFileName(`${'😀'.repeat(70)}.md`);
    expect(emoji).toBe(`${'😀'.repeat(63)}.md`);
  });
});
