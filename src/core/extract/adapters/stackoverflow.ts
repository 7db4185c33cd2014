import type { SiteAdapter } from './types';
import { text, texts } from './helpers';
import { headingLine, readableTime, threadContent, type ThreadPost } from './thread';

/** The moment a post's signature states, as ISO 8601 (Stack Overflow shows UTC: `2024-03-03 14:12:45Z`). */
function signatureTime(signature: Element | null): string | null {
  const title = signature?.querySelector('.relativetime[title], .relativetime-clean[title]')?.getAttribute('title') ?? '';
  const m = title.match(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})Z/);
  return m ? `${m[1]}T${m[2]}Z` : null;
}

/**
 * The signature of whoever wrote the post. An edited post also carries the editor's signature; the
 * question marks its author's as `.owner`, an answer puts its author's last.
 */
function authorSignature(post: Element): Element | null {
  const signatures = [...post.querySelectorAll('.post-signature')];
  return signatures.find((s) => s.classList.contains('owner')) ?? signatures[signatures.length - 1] ?? null;
}

function authorName(signature: Element | null): string | null {
  return signature ? (text(signature, '.user-details a[href*="/users/"]') ?? text(signature, '.user-details [itemprop="name"]') ?? text(signature, '.user-details')) : null;
}

function score(post: Element): string | null {
  return post.getAttribute('data-score') ?? post.querySelector('.js-vote-count')?.getAttribute('data-value') ?? text(post, '.js-vote-count');
}

/** The question and each answer, in page order, with who wrote it, its score and whether it was accepted. */
export function stackPosts(doc: Document): ThreadPost[] {
  const posts: ThreadPost[] = [];
  for (const post of doc.querySelectorAll('#question, #answers .answer')) {
    const body = post.querySelector('.js-post-body, .s-prose');
    if (!body) continue;
    const isQuestion = post.id === 'question';
    const signature = authorSignature(post);
    const name = authorName(signature);
    const accepted = post.classList.contains('accepted-answer') || post.getAttribute('itemprop') === 'acceptedAnswer';
    const points = score(post);
    posts.push({
      heading: headingLine(
        `${isQuestion ? 'Question' : 'Answer'}${name ? ` by ${name}` : ''}`,
        points !== null && `score ${points}`,
        accepted && 'accepted',
        readableTime(signatureTime(signature)),
      ),
      body,
    });
  }
  return posts;
}

// Stack Exchange's network: one engine and one markup under these hosts.
const NETWORK = /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

/**
 * Stack Overflow questions: the question and every answer (comments, votes, sidebars and the answer
 * form are left out). The same markup serves the localized sites (ru., pt., es., ja.) and the rest of
 * the Stack Exchange network (Super User, Server Fault, Ask Ubuntu, *.stackexchange.com).
 */
export const stackoverflow: SiteAdapter = {
  name: 'stackoverflow',
  matches: (url) => NETWORK.test(url.hostname) && /^\/questions\/\d+/.test(url.pathname),
  extract(doc, url) {
    const question = doc.querySelector('#question');
    const posts = stackPosts(doc);
    const tags = question ? texts(question, '.post-tag') : [];
    const content = threadContent(doc, posts);
    return {
      content,
      facts: {
        // The site's logo is not the article's image: only an image in the posts is.
        leadImage: content?.querySelector('img[src]')?.getAttribute('src') ?? null,
        title: text(doc, '#question-header h1') ?? undefined,
        byline: (question && authorName(authorSignature(question))) ?? undefined,
        published: (question && signatureTime(authorSignature(question))) ?? undefined,
        // Elsewhere in the network the page's own og:site_name names it ("Super User").
        siteName: /(^|\.)stackoverflow\.com$/.test(url.hostname) ? 'Stack Overflow' : undefined,
        tags,
        artid: url.pathname.match(/^\/questions\/(\d+)/)?.[1],
      },
    };
  },
};
