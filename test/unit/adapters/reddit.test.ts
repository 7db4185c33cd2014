import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { reddit, redditPosts } from '../../../src/core/extract/adapters/reddit';

const comment = (author: string | null, body: string, replies = '', extra = '') =>
  `<div class=" thing comment ${extra}"${author ? ` data-author="${author}"` : ''}><div class="entry"><p class="tagline"><span class="score unvoted" title="5">5 points</span> <time datetime="2026-01-02T11:00:00+00:00">x</time></p><form class="usertext"><div class="usertext-body"><div class="md"><p>${body}</p></div></div></form></div><div class="child">${replies}</div></div>`;
const thread = (post: string, comments: string) => `<html><body><div id="siteTable">${post}</div><div class="commentarea"><div class="sitetable nestedlisting">${comments}</div></div></body></html>`;
const selfPost = `<div class="thing link" data-author="asker" data-score="1" data-timestamp="1767348000000" data-subreddit="woodworking"><a class="title">A question</a><div class="expando"><div class="usertext-body"><div class="md"><p>The question itself.</p></div></div></div></div>`;

test('the post, each comment and each reply after what it answers, with who wrote it, its points and when', () => {
  const doc = parsePage(thread(selfPost, comment('ada', 'First.', comment('bo', 'A reply.')) + comment('cy', 'Second.')));
  expect(redditPosts(doc).map((p) => p.heading)).toEqual([
    'Post by asker · 1 point · 2026-01-02 10:00 UTC',
    'Comment by ada · 5 points · 2026-01-02 11:00 UTC',
    'Reply by bo · 5 points · 2026-01-02 11:00 UTC',
    'Comment by cy · 5 points · 2026-01-02 11:00 UTC',
  ]);
});

test('deleted comments and the rules bot are left out', () => {
  const doc = parsePage(thread(selfPost, comment(null, '[removed]', '', 'deleted') + comment('AutoModerator', 'Rules.') + comment('ada', 'Kept.')));
  expect(redditPosts(doc).map((p) => p.heading.split(' · ')[0])).toEqual(['Post by asker', 'Comment by ada']);
});

test('a link post is the address it links to', () => {
  const doc = parsePage(thread('<div class="thing link" data-author="asker" data-url="https://news.example.org/story"><a class="title">A link</a></div>', ''));
  const [post] = redditPosts(doc);
  expect(post.body.querySelector('a')?.getAttribute('href')).toBe('https://news.example.org/story');
});

test('matches old-layout thread pages only; a page without the thread is left to the generic extractor', () => {
  expect(reddit.matches(new URL('https://old.reddit.com/r/woodworking/comments/1abc2de/slug/'))).toBe(true);
  expect(reddit.matches(new URL('https://old.reddit.com/r/woodworking/'))).toBe(false);
  expect(reddit.matches(new URL('https://www.reddit.com/r/woodworking/comments/1abc2de/slug/'))).toBe(false);
  expect(reddit.extract(parsePage('<html><body><p>Not a thread</p></body></html>'), new URL('https://old.reddit.com/r/a/comments/b/')).content).toBeNull();
});
