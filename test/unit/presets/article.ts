import { parse } from 'yaml';
import type { ArticleRecord } from '../../../src/core/types';

/** A saved article for preset tests; every field can be overridden. */
export function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
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
    note: '',
    images: { total: 0, saved: 0, failed: [] },
    createdAt: Date.UTC(2026, 0, 1),
    savedAt: Date.UTC(2026, 0, 1),
    savedOffset: 0,
    ...overrides,
  };
}

/** The front matter of a post, parsed the way a YAML 1.2 reader and Jekyll's YAML 1.1 reader see it. */
export function frontMatter(content: string, version: '1.1' | '1.2') {
  const yaml = content.match(/^---\n([\s\S]*?)\n---\n/)![1];
  return parse(yaml, { version });
}

/** One article with an author, a page offset west of UTC, mixed-case tags and a title with a colon. */
export const sample = article({
  title: 'A rate limiter: in forty lines',
  byline: 'Robin Okafor',
  published: '2024-03-09T18:30:00-05:00',
  tags: ['Go', 'Rate Limiting', 'go'],
  userTags: ['#reading list'],
  createdAt: Date.UTC(2026, 0, 1, 23),
  savedAt: Date.UTC(2026, 0, 1, 23),
  savedOffset: 120,
});
