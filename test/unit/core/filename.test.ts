import { describe, expect, test } from 'vitest';
import { postFileName, slugify, truncateBytes } from '../../../src/core/filename';

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

  test('Jekyll’s YYYY-MM-DD-slug.md, with a fallback when the title has no letters', () => {
    expect(postFileName('2024-03-09', 'Hello, World', '')).toBe('2024-03-09-hello-world.md');
    expect(postFileName('2024-03-09', '???', '12345')).toBe('2024-03-09-12345.md');
    expect(postFileName('2024-03-09', '', '')).toBe('2024-03-09-article.md');
  });
});
