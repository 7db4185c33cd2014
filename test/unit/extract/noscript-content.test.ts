import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { pageParts } from '../../../src/core/extract/page-parts';
import { captureArticle } from '../../../src/core/extract';
import { unwrapNoscriptContent } from '../../../src/core/extract/repairs/noscript-content';

// Discourse's markup: an empty app shell, the crawler view of the topic inside <noscript>.
const posts = Array.from(
  { length: 3 },
  (_, i) => `<div id="post_${i + 1}" class="topic-body crawler-post" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
    <div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">member${i + 1}</span></span></div>
    <div class="post" itemprop="text"><p>Reply number ${i + 1} about tuning the compost heap: turn it weekly, keep it damp like a wrung sponge, and add dry leaves whenever it starts to smell sour.</p></div>
  </div>`,
).join('');
const discourse = `<html><head><title>Compost heap smells sour - Garden Forum</title></head><body>
  <header><a href="/">Garden Forum</a></header><div id="app"></div>
  <noscript><div id="main-outlet" class="wrap" role="main"><h1>Compost heap smells sour</h1>
    <div itemscope itemtype="http://schema.org/DiscussionForumPosting">${posts}</div></div></noscript>
  <noscript><img src="/pixel.gif" alt=""></noscript></body></html>`;

test('a page whose content sits in <noscript> is saved from it', () => {
  const capture = captureArticle(parsePage(discourse), 'https://forum.example.org/t/compost-heap/42');
  expect(capture.text).toContain('Reply number 1 about tuning the compost heap');
  expect(capture.title).toBe('Compost heap smells sour');
});

test('a small <noscript> beside visible content stays out', () => {
  const doc = parsePage(`<html><body><article><p>${'Visible words of the article. '.repeat(20)}</p></article>
    <noscript><p>${'Please turn on JavaScript to see the comments below the article. '.repeat(5)}</p></noscript></body></html>`);
  unwrapNoscriptContent(doc, pageParts(doc).noscripts);
  expect(doc.querySelector('noscript')).not.toBeNull();
});

test('noscript content kept as text (a browser with scripting on) is parsed', () => {
  const doc = parsePage('<html><body><div id="app"></div><noscript></noscript></body></html>');
  doc.querySelector('noscript')!.textContent = `<main><p>${'Text the crawler view holds. '.repeat(12)}</p></main>`;
  unwrapNoscriptContent(doc, pageParts(doc).noscripts);
  expect(doc.querySelector('noscript')).toBeNull();
  expect(doc.querySelector('main p')?.textContent).toContain('Text the crawler view holds.');
});
