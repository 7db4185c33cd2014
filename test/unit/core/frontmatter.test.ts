import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { jekyllPost } from '../../../src/core/frontmatter/jekyll';
import type { ArticleRecord } from '../../../src/core/types';

function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1',
    url: 'https://blog.csdn.net/u/article/details/129543458',
    canonicalUrl: 'https://blog.csdn.net/u/article/details/129543458',
    title: 'Plain title',
    byline: null,
    published: '2025-02-25T21:26:48+08:00',
    siteName: 'CSDN',
    lang: 'zh-CN',
    description: 'A short summary.',
    keywords: ['go', 'context'],
    tags: ['Go', 'Microsoft'],
    categories: ['Back end', 'Go', 'Extra'],
    artid: '129543458',
    leadImage: 'https://img.example.com/lead.png?x=1&y=2',
    userTags: ['reading-list'],
    createdAt: Date.UTC(2026, 0, 1),
    savedAt: Date.UTC(2026, 0, 1),
    savedOffset: 0,
    ...overrides,
  };
}

/** The front matter of a post, parsed the way a YAML 1.2 reader and Jekyll's YAML 1.1 reader see it. */
function frontMatter(content: string, version: '1.1' | '1.2') {
  const yaml = content.match(/^---\n([\s\S]*?)\n---\n/)![1];
  return parse(yaml, { version });
}

describe('Jekyll front matter', () => {
  test('has the Chirpy post keys in order, with the page’s own date offset', () => {
    const post = jekyllPost(article(), 'Body', 'Body text');
    const fm = frontMatter(post.content, '1.2');
    expect(Object.keys(fm)).toEqual(['layout', 'title', 'date', 'description', 'keywords', 'categories', 'tags', 'artid', 'image', 'source', 'render_with_liquid']);
    expect(fm).toMatchObject({
      layout: 'post',
      date: '2025-02-25 21:26:48 +0800',
      keywords: 'go, context',
      categories: ['Back end', 'Go'],
      tags: ['go', 'microsoft', 'reading-list'],
      artid: '129543458',
      image: { path: 'https://img.example.com/lead.png?x=1&y=2', alt: 'Plain title' },
      render_with_liquid: false,
    });
    expect(post.name).toBe('2025-02-25-plain-title.md');
    expect(post.content.endsWith('---\n\nBody\n')).toBe(true);
  });

  test('falls back to the save time, in the saving clock’s offset, when the page has no date', () => {
    const post = jekyllPost(article({ published: null, savedAt: Date.UTC(2026, 0, 1, 23, 0), savedOffset: 120 }), '', '');
    expect(frontMatter(post.content, '1.2').date).toBe('2026-01-02 01:00:00 +0200');
    expect(post.name.startsWith('2026-01-02-')).toBe(true);
  });

  test('description falls back to the start of the text', () => {
    const post = jekyllPost(article({ description: null }), '', 'word '.repeat(100));
    expect(frontMatter(post.content, '1.2').description).toHaveLength(100);
  });

  const hostile = ['yes', 'on', 'No', '12:30:45', '2025-02-25', 'key: value', '# not a comment', '@handle', '*alias', '&anchor', '!tag', '---', 'line one\nline two', "it's \"quoted\"", '   padded   ', '😀 emoji', 'مرحبا\u202e', '[1, 2]', '{a: b}', 'null', '~', '0x1F', '1e3'];
  test.each(hostile)('a title or tag of %j parses back unchanged in YAML 1.2 and 1.1', (value) => {
    const post = jekyllPost(article({ title: value, description: value, keywords: [value], tags: [value.toLowerCase()], userTags: [], categories: [value] }), 'Body', '');
    for (const version of ['1.2', '1.1'] as const) {
      const fm = frontMatter(post.content, version);
      expect(fm.title).toBe(value);
      // The description is a one-line summary: its whitespace is folded on purpose.
      expect(fm.description).toBe(value.replace(/\s+/g, ' ').trim());
      expect(fm.tags).toEqual([value.toLowerCase()]);
      expect(fm.categories).toEqual([value]);
      expect(fm.image.alt).toBe(value);
    }
    expect(post.content.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  test('a 10,000-character title stays one value', () => {
    const title = 'x'.repeat(10_000);
    expect(frontMatter(jekyllPost(article({ title }), '', '').content, '1.1').title).toBe(title);
  });
});
