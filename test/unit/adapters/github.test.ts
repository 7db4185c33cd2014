import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { github } from '../../../src/core/extract/adapters/github';
import { githubPosts } from '../../../src/core/extract/adapters/github-thread';

test('reads the React issue view: opening post and comments with author and time', () => {
  const doc = parsePage(`<body>
    <div data-testid="issue-viewer-issue-container">
      <a data-testid="issue-body-header-author" href="/ada">ada</a>
      <a data-testid="issue-body-header-link" href="#issue-1"><relative-time datetime="2024-01-15T10:00:00Z">Jan 15</relative-time></a>
      <div data-testid="issue-body-viewer"><div data-testid="markdown-body" class="markdown-body"><p>It breaks.</p></div></div>
    </div>
    <div data-testid="issue-timeline-container">
      <div class="react-issue-comment"><div data-testid="comment-header"><a data-testid="avatar-link" href="/bo">bo</a><relative-time datetime="2024-01-16T08:30:00Z">Jan 16</relative-time></div>
        <div data-testid="markdown-body" class="markdown-body"><p>Fixed on main.</p></div></div>
    </div></body>`);
  const posts = githubPosts(doc);
  expect(posts.map((p) => p.heading)).toEqual(['Opened by ada · 2024-01-15 10:00 UTC', 'Comment by bo · 2024-01-16 08:30 UTC']);
  expect(posts.map((p) => p.body.textContent?.trim())).toEqual(['It breaks.', 'Fixed on main.']);
});

test('skips the new-comment preview, which is a comment body outside any post', () => {
  const doc = parsePage(`<body><div class="timeline-comment"><a class="author">ada</a><table><tbody><tr><td class="comment-body"><p>Hi</p></td></tr></tbody></table></div>
    <form class="js-new-comment-form"><div class="comment-body">Nothing to preview</div></form></body>`);
  expect(githubPosts(doc)).toHaveLength(1);
});

test('a repository page without a README leaves the page to the generic extractor', () => {
  const doc = parsePage('<body><main><p>Empty repository</p></main></body>');
  expect(github.extract(doc, new URL('https://github.com/ada/empty')).content).toBeNull();
  expect(github.matches(new URL('https://github.com/ada'))).toBe(false);
});
