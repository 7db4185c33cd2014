import { describe, expect, test } from 'vitest';
import { jekyll, placePost, renderPost } from '../../../src/core/presets';
import { article, frontMatter, sample } from './article';

describe('Jekyll preset', () => {
  test('writes a Chirpy post: lowercase tags, two category levels, the date with its offset', () => {
    const post = renderPost(jekyll, sample, '\nBody\n\n', 'text');
    expect(post.path).toBe('_posts/2024-03-09-a-rate-limiter-in-forty-lines.md');
    expect(post.content).toBe(`---
layout: post
title: "A rate limiter: in forty lines"
date: 2024-03-09 18:30:00 -0500
description: "A short summary."
keywords: "go, context"
categories: ['Back end', 'Go']
tags: ['go', 'rate limiting', '#reading list']
artid: "129543458"
image:
  path: https://img.example.com/lead.png?x=1&y=2
  alt: "A rate limiter: in forty lines"
source: "https://blog.csdn.net/u/article/details/129543458"
render_with_liquid: false
---

Body
`);
  });

  test('without an artid or a lead image those keys are left out; empty lists and texts stay', () => {
    const post = renderPost(jekyll, article({ artid: null, leadImage: null, keywords: [], categories: [], tags: [], userTags: [] }), 'Body', '');
    const fm = frontMatter(post.content, '1.2');
    expect(Object.keys(fm)).toEqual(['layout', 'title', 'date', 'description', 'keywords', 'categories', 'tags', 'source', 'render_with_liquid']);
    expect(post.content).toContain('\nkeywords: ""\ncategories: []\ntags: []\n');
  });

  test('the file name falls back to the artid, then to "article", when the title has no letters', () => {
    expect(renderPost(jekyll, article({ title: '???', artid: '12345' }), '', '').path).toBe('_posts/2025-02-25-12345.md');
    expect(renderPost(jekyll, article({ title: '', artid: null }), '', '').path).toBe('_posts/2025-02-25-article.md');
  });

  test('images go under assets/img/posts/<slug>/, linked from the site root', () => {
    const place = placePost(jekyll, sample);
    expect(place.imageFolder).toBe('assets/img/posts/a-rate-limiter-in-forty-lines');
    expect(place.imageLink('fig 1 (a).png')).toBe('/assets/img/posts/a-rate-limiter-in-forty-lines/fig%201%20%28a%29.png');
  });
});
