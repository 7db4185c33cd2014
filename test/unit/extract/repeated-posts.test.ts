import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { removeRepeatedParagraphs, removeRepeatedQuotes } from '../../../src/core/extract/repairs/repeated-posts';

const first = 'My sourdough starter smells of nail varnish after three days on the counter, is it ruined?';
const firstMore = 'I feed it once a day with rye flour and keep it in a jar by the window.';
const reply = 'That smell means it is hungry: feed it twice a day for a week and it will settle down.';

// A forum thread as XenForo marks it up: each reply's quote opens with "… said:".
const thread = (quote: string, head = '') => `<html><head><title>Starter smells odd | Bakers' Bench</title>${head}</head><body>
  <div class="p-body-main"><div class="block-body">
  <article class="message" itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="message-userDetails">Wren</div><div class="bbWrapper"><p>${first}</p><p>${firstMore}</p></div></article>
  <article class="message" itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="message-userDetails">Ada</div><div class="bbWrapper">${quote}<p>${reply}</p></div></article>
  <article class="message" itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="message-userDetails">Wren</div><div class="bbWrapper"><p>Thank you, I fed it this morning and the smell has already faded a little.</p></div></article>
  </div></div></body></html>`;

const quoteOf = (attribution: string, ...lines: string[]) =>
  `<blockquote class="bbCodeBlock--quote"><div class="bbCodeBlock-title">${attribution}</div><div class="bbCodeBlock-content">${lines.map((l) => `<p>${l}</p>`).join('')}<div>Click to expand...</div></div></blockquote>`;

const count = (text: string, part: string) => text.split(part).length - 1;

test('a reply quoting an earlier post of the saved thread keeps its own words; the post is saved once', () => {
  const capture = captureArticle(parsePage(thread(quoteOf('Wren said:', first, firstMore))), 'https://bakersbench.example.net/threads/starter.42/');
  expect(count(capture.text, first)).toBe(1);
  expect(capture.text).toContain(reply);
  expect(capture.html).not.toContain('Click to expand');
});

test('a quote of a post that is not in the saved thread stays', () => {
  const elsewhere = 'Rye starters always smell sharper than wheat ones in the first week, nothing to worry about.';
  const capture = captureArticle(parsePage(thread(quoteOf('Bo said:', elsewhere))), 'https://bakersbench.example.net/threads/starter.42/');
  expect(capture.text).toContain(elsewhere);
});

test('a quote that repeats only part of what it quotes stays', () => {
  const capture = captureArticle(
    parsePage(thread(quoteOf('Wren said:', first, 'A line the thread does not hold anywhere else, kept with its quote.'))),
    'https://bakersbench.example.net/threads/starter.42/',
  );
  expect(count(capture.text, first)).toBe(2);
});

const article = (quote: string) =>
  parsePage(`<html><body><article><p>${first}</p><p>${firstMore}</p>${quote}<p>${reply}</p></article></body></html>`).querySelector('article')!;

test('an article\'s pull quote stays; on a page that declares a discussion a plain quote is a reply\'s', () => {
  const pull = `<blockquote><p>${first}</p></blockquote>`;
  expect(removeRepeatedQuotes(article(pull), false)).toBe(false);
  const content = article(pull);
  expect(removeRepeatedQuotes(content, true)).toBe(true);
  expect(content.querySelector('blockquote')).toBeNull();
});

test.each(['Ada wrote:', '@ada said in Starter smells odd:'])('"%s" opens a reply\'s quote', (attribution) => {
  const content = article(`<blockquote><p>${attribution}</p><p>${first}</p></blockquote>`);
  expect(removeRepeatedQuotes(content, false)).toBe(true);
});

const discussionContent = (html: string) => parsePage(`<html><body><div id="thread">${html}</div></body></html>`).querySelector('#thread')!;

test('a reply\'s preview of the post it answers goes with its frame; short replies said twice and list items holding paragraphs stay', () => {
  const content = discussionContent(`
    <div class="post"><p>${first}</p><ul><li><p>${firstMore}</p></li></ul></div>
    <div class="post"><div class="parent-preview"><a href="/u/wren">Wren</a><div class="clamp"><p>${first}</p></div></div><p>${reply}</p><p>Thanks, that did it for me.</p></div>
    <div class="post"><p>Thanks, that did it for me.</p><blockquote><p>${reply}</p></blockquote></div>`);
  expect(removeRepeatedParagraphs(content)).toBe(true);
  const text = content.textContent ?? '';
  expect(count(text, first)).toBe(1);
  expect(count(text, firstMore)).toBe(1);
  expect(count(text, 'Thanks, that did it for me.')).toBe(2);
  expect(count(text, reply)).toBe(2);
  // The preview's frame and the quoted author's name go with it; the reply's post stays.
  expect(content.querySelector('.parent-preview')).toBeNull();
  expect(content.querySelectorAll('.post')).toHaveLength(3);
});

test('a discussion is saved without the previews of posts it holds; an article\'s repeated paragraph stays', () => {
  const preview = `<div class="post-parent"><p>${first}</p></div>`;
  const capture = captureArticle(parsePage(thread(preview)), 'https://bakersbench.example.net/threads/starter.42/');
  expect(count(capture.text, first)).toBe(1);
  const story = parsePage(`<html><head><title>Starters</title></head><body><article><h1>Starters</h1><p>${first}</p><p>${firstMore}</p>
    <p>${reply}</p><p>${first}</p><p>${firstMore} A second paragraph of the story, long enough to be read as prose by the extractor.</p></article></body></html>`);
  expect(count(captureArticle(story, 'https://bakersbench.example.net/starters').text, first)).toBe(2);
});
