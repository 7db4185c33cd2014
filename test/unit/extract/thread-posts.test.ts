import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { declaresDiscussion, threadPosts } from '../../../src/core/extract/thread-posts';
import { pageParts } from '../../../src/core/extract/page-parts';

const replies = [
  'Swap the chain before the cassette wears: a stretched chain eats the small cogs within a season of wet commuting.',
  'I measure mine with a ruler every month; twelve links should span twelve inches, and past a sixteenth of an inch over it goes.',
  'Wax instead of oil keeps the grit off. It takes an evening to strip the factory grease, but the drivetrain stays clean all winter.',
  'Whatever you do, wipe the chain after rain. Rust in the rollers makes the shifting vague long before anything snaps.',
];
// A forum thread as phpBB-like boards mark it: each post a schema.org Comment under the DiscussionForumPosting.
const forum = `<html><head><title>When to replace a bike chain</title></head><body>
  <nav><a href="/">Board index</a> <a href="/c/maintenance">Maintenance</a></nav>
  <div id="page-body"><h1>When to replace a bike chain</h1>
  <div itemscope itemtype="https://schema.org/DiscussionForumPosting">
    <div class="post"><span itemprop="author">rider_one</span><div itemprop="text"><p>${'My chain skips under load on the climb home. Is it time for a new one or can I adjust something first? '.repeat(8)}</p></div></div>
    ${replies.map((r, i) => `<div class="comment reply" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">member${i}</span><div itemprop="text"><p>${r}</p></div><button>Quote</button></div>`).join('\n')}
  </div></div>
  <footer><p>Powered by a board engine. All times are UTC.</p></footer></body></html>`;

test('a forum thread keeps every post', () => {
  const capture = captureArticle(parsePage(forum), 'https://board.example.net/viewtopic.php?t=7');
  for (const reply of replies) expect(capture.text).toContain(reply);
  expect(capture.text).not.toContain('Board index');
  expect(capture.text).not.toContain('Quote');
});

test('the thread is every post with its author, without buttons', () => {
  const doc = parsePage(forum);
  const thread = threadPosts(pageParts(doc))!;
  expect(thread.querySelectorAll('[itemprop="comment"]')).toHaveLength(replies.length);
  expect(thread.textContent).toContain('rider_one');
  expect(thread.querySelector('button')).toBeNull();
});

test('a page with one marked comment is no thread', () => {
  const doc = parsePage(`<html><body><article><p>Body.</p><div itemscope itemtype="https://schema.org/Comment"><p>Only one.</p></div></article></body></html>`);
  expect(threadPosts(pageParts(doc))).toBeNull();
});

test('a page declares a discussion by JSON-LD or by microdata posts, not by comments under an article', () => {
  const declared = (html: string) => declaresDiscussion(pageParts(parsePage(`<html><head>${html}</head><body></body></html>`)));
  expect(declared('<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"x"}</script>')).toBe(true);
  expect(declared('<script type="application/ld+json">{"@type":["QAPage"]}</script>')).toBe(true);
  expect(declaresDiscussion(pageParts(parsePage('<html><body><div itemscope itemtype="https://schema.org/Question"></div></body></html>')))).toBe(true);
  expect(declaresDiscussion(pageParts(parsePage('<html><body><div itemscope itemtype="https://schema.org/Comment"></div></body></html>')))).toBe(false);
  expect(declared('<script type="application/ld+json">{"@type":"BlogPosting"}</script>')).toBe(false);
});
