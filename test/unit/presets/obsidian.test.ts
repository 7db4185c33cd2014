import { describe, expect, test } from 'vitest';
import { obsidian, placePost, renderPost } from '../../../src/core/presets';
import { article, frontMatter, sample } from './article';

describe('Obsidian preset', () => {
  test('writes <title>.md with Web Clipper properties; tags without spaces or #, one per case', () => {
    const post = renderPost(obsidian, sample, 'Body', 'text');
    expect(post.path).toBe('A rate limiter in forty lines.md');
    expect(post.content).toBe(`---
title: "A rate limiter: in forty lines"
source: "https://blog.csdn.net/u/article/details/129543458"
author: "Robin Okafor"
published: 2024-03-09
created: 2026-01-02
description: "A short summary."
tags:
  - "Go"
  - "Rate-Limiting"
  - "reading-list"
---

Body
`);
  });

  test('no published date or author: those properties are left out; no tags: an empty list', () => {
    const fm = frontMatter(renderPost(obsidian, article({ published: null, byline: null, tags: [], userTags: [] }), '', '').content, '1.2');
    expect(Object.keys(fm)).toEqual(['title', 'source', 'created', 'description', 'tags']);
    expect(fm.tags).toEqual([]);
  });

  test.each([
    ['CON', 'CON_.md'],
    ['a/b\\c: d*e?f"g<h>i|j', 'a b c d e f g h i j.md'],
    ['../../etc/passwd', 'etc passwd.md'],
    ['Wait...', 'Wait.md'],
    ['line one\nline two', 'line one line two.md'],
  ])('the note name of the title %j is %j', (title, path) => {
    expect(renderPost(obsidian, article({ title }), '', '').path).toBe(path);
  });

  test('a 10,000-character title gives a name of at most 255 bytes, ending .md', () => {
    const path = renderPost(obsidian, article({ title: '标'.repeat(10_000) }), '', '').path;
    expect(path).toBe(`${'标'.repeat(84)}.md`);
  });

  test('images go in attachments/, linked from the note', () => {
    const place = placePost(obsidian, sample);
    expect(place.imageFolder).toBe('attachments');
    expect(place.imageLink('fig 1.png')).toBe('attachments/fig%201.png');
  });
});
