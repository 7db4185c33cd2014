import type { SiteAdapter } from './types';
import { removeAll, text } from './helpers';
import { githubPosts, postAuthorAndTime } from './github-thread';
import { threadContent } from './thread';

// Heading permalinks and the copy button beside each code block.
const FURNITURE = 'a.anchor, .zeroclipboard-container, clipboard-copy';

function names(root: ParentNode, selector: string): string[] {
  return [...new Set([...root.querySelectorAll(selector)].map((el) => el.getAttribute('data-name') ?? el.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean))];
}

/** An issue or pull request: the whole conversation, labels as tags. */
function extractThread(doc: Document, repo: string, number: string): ReturnType<SiteAdapter['extract']> {
  const posts = githubPosts(doc);
  for (const post of posts) removeAll(post.body, FURNITURE);
  const opening = posts[0] ? postAuthorAndTime(posts[0].body) : null;
  return {
    content: threadContent(doc, posts),
    facts: {
      title: text(doc, '.js-issue-title, bdi[data-testid="issue-title"]') ?? undefined,
      byline: opening?.author ?? undefined,
      published: opening?.time ?? undefined,
      siteName: 'GitHub',
      tags: names(doc, '.js-issue-labels .IssueLabel'),
      artid: `${repo}#${number}`,
    },
  };
}

/** A repository's README (or any rendered Markdown file): `article.markdown-body`, topics as tags. */
function extractReadme(doc: Document, owner: string, repo: string): ReturnType<SiteAdapter['extract']> {
  const content = doc.querySelector('article.markdown-body');
  if (content) removeAll(content, FURNITURE);
  return {
    content,
    facts: {
      title: `${owner}/${repo}`,
      byline: owner,
      // The About box says it without the " - owner/repo" GitHub appends to the meta description.
      description: text(doc, '.BorderGrid-cell > p.f4') ?? undefined,
      siteName: 'GitHub',
      tags: names(doc, 'a.topic-tag'),
    },
  };
}

/** GitHub repositories: READMEs and Markdown files, and issue or pull-request conversations. */
export const github: SiteAdapter = {
  name: 'github',
  matches: (url) => url.hostname === 'github.com' && /^\/[^/]+\/[^/]+/.test(url.pathname),
  extract(doc, url) {
    const [, owner, repo, kind, number] = url.pathname.split('/');
    if ((kind === 'issues' || kind === 'pull') && /^\d+$/.test(number ?? '')) return extractThread(doc, `${owner}/${repo}`, number);
    return extractReadme(doc, owner, repo);
  },
};
