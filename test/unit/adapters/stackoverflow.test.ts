import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { stackPosts, stackoverflow } from '../../../src/core/extract/adapters/stackoverflow';

const signature = (verb: string, stamp: string, user?: string) =>
  `<div class="post-signature"><div class="user-action-time">${verb} <span class="relativetime" title="${stamp}">x</span></div><div class="user-details">${user ? `<a href="/users/1/${user}">${user}</a>` : ''}</div></div>`;

test('an edited answer is credited to its author, not its editor; an answer without one stays anonymous', () => {
  const doc = parsePage(`<body>
    <div id="question" data-score="-1"><div class="s-prose js-post-body"><p>Q</p></div><div class="post-signature owner"><div class="user-details"><a href="/users/9/asker">asker</a></div><span class="relativetime" title="2024-01-01 10:00:00Z"></span></div></div>
    <div id="answers">
      <div class="answer" data-score="3"><div class="s-prose js-post-body"><p>A1</p></div>${signature('edited', '2024-01-03 09:00:00Z', 'editor')}${signature('answered', '2024-01-02 08:00:00Z', 'writer')}</div>
      <div class="answer accepted-answer" data-score="0"><div class="s-prose js-post-body"><p>A2</p></div>${signature('answered', '2024-01-02 12:00:00Z')}</div>
    </div></body>`);
  expect(stackPosts(doc).map((p) => p.heading)).toEqual([
    'Question by asker · score -1 · 2024-01-01 10:00 UTC',
    'Answer by writer · score 3 · 2024-01-02 08:00 UTC',
    'Answer · score 0 · accepted · 2024-01-02 12:00 UTC',
  ]);
});

test('matches question pages on stackoverflow.com and its localized sites', () => {
  expect(stackoverflow.matches(new URL('https://stackoverflow.com/questions/1/x'))).toBe(true);
  expect(stackoverflow.matches(new URL('https://pt.stackoverflow.com/questions/1/x'))).toBe(true);
  expect(stackoverflow.matches(new URL('https://stackoverflow.com/questions/tagged/python'))).toBe(false);
});

test('matches question pages across the Stack Exchange network, and no look-alike host', () => {
  for (const host of ['superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net', 'electronics.stackexchange.com']) {
    expect(stackoverflow.matches(new URL(`https://${host}/questions/42/some-title`))).toBe(true);
  }
  expect(stackoverflow.matches(new URL('https://notsuperuser.com/questions/42/x'))).toBe(false);
  expect(stackoverflow.matches(new URL('https://superuser.com.example.org/questions/42/x'))).toBe(false);
});

test('the site is named by the page elsewhere in the network', () => {
  const doc = parsePage(`<html><head><meta property="og:site_name" content="Garden Answers"></head><body>
    <div id="question-header"><h1>Why do my tomato leaves curl?</h1></div>
    <div id="question" data-score="2"><div class="s-prose js-post-body"><p>The lower leaves curl upward after a hot week.</p></div></div>
    <div id="answers"><div class="answer" data-score="1"><div class="s-prose js-post-body"><p>Heat stress: water at dawn and shade the plants in the afternoon.</p></div></div></div></body></html>`);
  const found = stackoverflow.extract(doc, new URL('https://gardening.stackexchange.com/questions/7/why-do-my-tomato-leaves-curl'));
  expect(found?.facts.siteName).toBeUndefined();
  expect(found?.facts.title).toBe('Why do my tomato leaves curl?');
});
