import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { readMetadata } from '../../../src/core/extract/metadata';

const published = (head: string, body: string) =>
  readMetadata(parsePage(`<html><head>${head}</head><body>${body}</body></html>`), 'https://example.org/').published;

test('a datePublished from a JSON-LD object that is no Article still dates the page', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Tool Shed' }, { '@type': 'Review', datePublished: '2025-03-14T09:00:00+01:00' }] };
  expect(published(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>Notes on a saw.</p>')).toBe('2025-03-14T09:00:00+01:00');
});

test('a <time datetime> anywhere in the page is the last resort', () => {
  expect(published('', '<div class="meta">Posted <time datetime="2024-11-02">2 November</time></div><p>Notes.</p>')).toBe('2024-11-02');
  expect(published('<meta property="article:published_time" content="2023-01-05">', '<time datetime="2024-11-02">x</time>')).toBe('2023-01-05');
});

test('an author marked with schema.org microdata names the page when no meta tag does', () => {
  const doc = parsePage(`<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/u/kestrel"><span itemprop="name">kestrel</span></a></span>
    <p>Question text.</p></div></body></html>`);
  expect(readMetadata(doc, 'https://example.org/').byline).toBe('kestrel');
});
