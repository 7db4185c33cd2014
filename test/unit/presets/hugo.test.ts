import { describe, expect, test } from 'vitest';
import { hugo, placePost, renderPost } from '../../../src/core/presets';
import { article, frontMatter, sample } from './article';

describe('Hugo preset', () => {
  test('writes a page bundle with an RFC 3339 date', () => {
    const post = renderPost(hugo, sample, 'Body', 'text');
    expect(post.path).toBe('content/posts/a-rate-limiter-in-forty-lines/index.md');
    expect(post.content).toBe(`---
title: "A rate limiter: in forty lines"
date: 2024-03-09T18:30:00-05:00
draft: false
description: "A short summary."
author: "Robin Okafor"
tags: ['Go', 'Rate Limiting', 'go', '#reading list']
categories: ['Back end', 'Go', 'Extra']
images: ['https://img.example.com/lead.png?x=1&y=2']
source: "https://blog.csdn.net/u/article/details/129543458"
---

Body
`);
  });

  test('the date reads as the same instant in YAML 1.1, and as its text in YAML 1.2', () => {
    const post = renderPost(hugo, sample, '', '');
    expect(frontMatter(post.content, '1.1').date).toEqual(new Date('2024-03-09T23:30:00Z'));
    expect(frontMatter(post.content, '1.2').date).toBe('2024-03-09T18:30:00-05:00');
  });

  test('no author and no lead image: no author key and no images', () => {
    const fm = frontMatter(renderPost(hugo, article({ byline: null, leadImage: null }), '', '').content, '1.2');
    expect(fm).not.toHaveProperty('author');
    expect(fm.images).toEqual([]);
  });

  test('images sit beside index.md and are linked by name', () => {
    const place = placePost(hugo, sample);
    expect(place.imageFolder).toBe('content/posts/a-rate-limiter-in-forty-lines');
    expect(place.imageLink('fig 1.png')).toBe('fig%201.png');
  });
});
