import type { SiteAdapter } from './types';
import { text } from './helpers';
import { headingLine, readableTime, threadContent, type ThreadPost } from './thread';

// The bot whose stickied comment on every thread restates the subreddit's rules.
const RULES_BOT = 'AutoModerator';

/** The child of `thing` with class `name` (a comment's own entry, not a reply's). */
function own(thing: Element, name: string): Element | null {
  return [...thing.children].find((child) => child.classList.contains(name)) ?? null;
}

function points(score: string | null | undefined): string | null {
  return score && /^-?\d+$/.test(score) ? `${score} ${score === '1' ? 'point' : 'points'}` : null;
}

/** When the post was made: Reddit states it in epoch milliseconds. */
function postTime(post: Element): string | null {
  const ms = Number(post.getAttribute('data-timestamp'));
  return ms > 0 ? new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

/** A link post's body: the address it links to, as its only paragraph. */
function linkBody(doc: Document, href: string): Element {
  const body = doc.createElement('div');
  const p = doc.createElement('p');
  const a = doc.createElement('a');
  a.href = href;
  a.textContent = href;
  p.append(a);
  body.append(p);
  return body;
}

/**
 * The post and every comment in page order (replies after what they answer, as Reddit shows them),
 * each under a line saying who wrote it, its points and when. Deleted comments, which keep no text,
 * and the rules bot's reminder are left out.
 */
export function redditPosts(doc: Document): ThreadPost[] {
  const post = doc.querySelector('#siteTable > .thing.link');
  if (!post) return [];
  const posts: ThreadPost[] = [];
  const selfText = post.querySelector('.expando .usertext-body .md');
  const outbound = post.getAttribute('data-url');
  const body = selfText ?? (outbound && /^https?:/.test(outbound) ? linkBody(doc, outbound) : null);
  if (body) {
    const author = post.getAttribute('data-author');
    posts.push({ heading: headingLine(`Post${author ? ` by ${author}` : ''}`, points(post.getAttribute('data-score')), readableTime(postTime(post))), body });
  }
  for (const comment of doc.querySelectorAll('.commentarea .thing.comment')) {
    const author = comment.getAttribute('data-author');
    const entry = own(comment, 'entry');
    const text = entry?.querySelector('.usertext-body .md');
    if (!entry || !text || comment.classList.contains('deleted') || author === RULES_BOT) continue;
    const tagline = entry.querySelector('.tagline');
    const reply = !!comment.parentElement?.closest('.thing.comment');
    posts.push({
      heading: headingLine(
        `${reply ? 'Reply' : 'Comment'}${author ? ` by ${author}` : ''}`,
        points(tagline?.querySelector('.score.unvoted')?.getAttribute('title')),
        readableTime(tagline?.querySelector('time[datetime]')?.getAttribute('datetime')),
      ),
      body: text,
    });
  }
  return posts;
}

/**
 * Reddit threads in the old layout (old.reddit.com): the post and its comments, which the generic
 * extractor loses (each comment's text sits in an edit form). The new layout's thread holds its post
 * in `<shreddit-post>` and loads its comments by script; the generic extractor reads it.
 */
export const reddit: SiteAdapter = {
  name: 'reddit',
  matches: (url) => url.hostname === 'old.reddit.com' && /^\/r\/[^/]+\/comments\/[a-z0-9]+/i.test(url.pathname),
  extract(doc, url) {
    const post = doc.querySelector('#siteTable > .thing.link');
    const content = threadContent(doc, redditPosts(doc));
    const subreddit = post?.getAttribute('data-subreddit');
    return {
      content,
      facts: post
        ? {
            title: text(post, 'a.title') ?? undefined,
            byline: post.getAttribute('data-author') ?? undefined,
            published: postTime(post) ?? undefined,
            siteName: 'Reddit',
            tags: subreddit ? [subreddit] : [],
            // The thumbnail is a preview of the linked page, not the thread's image.
            leadImage: content?.querySelector('img[src]')?.getAttribute('src') ?? null,
            artid: url.pathname.match(/^\/r\/[^/]+\/comments\/([a-z0-9]+)/i)?.[1],
          }
        : {},
    };
  },
};
