import { describe, expect, test } from 'vitest';
import { hexo, placePost, renderPost } from '../../../src/core/presets';
import { sample } from './article';

describe('Hexo preset', () => {
  test('writes source/_posts/<slug>.md with the article’s own wall-clock date', () => {
    const post = renderPost(hexo, sample, 'Body', 'text');
    expect(post.path).toBe('source/_posts/a-rate-limiter-in-forty-lines.md');
    expect(post.content).toBe(`---
title: "A rate limiter: in forty lines"
date: 2024-03-09 18:30:00
description: "A short summary."
tags: ['Go', 'Rate Limiting', 'go', '#reading list']
categories: ['Back end', 'Go', 'Extra']
source: "https://blog.csdn.net/u/article/details/129543458"
---

Body
`);
  });

  test('images go in the post asset folder named like the post, linked by bare name', () => {
    const place = placePost(hexo, sample);
    expect(place.imageFolder).toBe('source/_posts/a-rate-limiter-in-forty-lines');
    expect(place.imageLink('fig 1.png')).toBe('fig%201.png');
  });
});
