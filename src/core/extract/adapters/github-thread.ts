import { text } from './helpers';
import { headingLine, readableTime, type ThreadPost } from './thread';

// Comment bodies in the classic timeline (issues until 2024, pull requests) and the React issue view.
const BODY = 'td.comment-body, [data-testid="markdown-body"]';
// The box around one post, holding its header (author, time) and its body.
const POST = '.timeline-comment, .react-issue-comment, [data-testid="issue-viewer-issue-container"]';
const AUTHOR = 'a.author, [data-testid="issue-body-header-author"], [data-testid="comment-header"] a[data-testid="avatar-link"]';

/** One post's author and the moment it was written (ISO 8601, as GitHub's `relative-time` states it). */
export function postAuthorAndTime(body: Element): { author: string | null; time: string | null } {
  const post = body.closest(POST);
  if (!post) return { author: null, time: null };
  return { author: text(post, AUTHOR), time: post.querySelector('relative-time[datetime]')?.getAttribute('datetime') ?? null };
}

/**
 * The opening post and every comment of an issue or pull request, in page order. The new-comment
 * box also renders a `.comment-body` preview, so bodies outside a post box are skipped.
 */
export function githubPosts(doc: Document): ThreadPost[] {
  const bodies = [...doc.querySelectorAll(BODY)].filter((body) => body.closest(POST) && !body.parentElement?.closest(BODY));
  return bodies.map((body, index) => {
    const { author, time } = postAuthorAndTime(body);
    const role = index === 0 ? 'Opened' : 'Comment';
    return { heading: headingLine(`${role}${author ? ` by ${author}` : ''}`, readableTime(time)), body };
  });
}
