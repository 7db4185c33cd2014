import { holderOf } from './region';

/**
 * A discussion whose posts are marked only by their class names (a comment tree, an Invision or
 * Vanilla thread), where schema.org microdata would name them for `threadPosts`. There the generic
 * extractor settles on the longest post and drops the rest; the series of posts is what was meant.
 */

// A class name that calls an element a post: comment, post, message, reply, answer (Invision's
// `ipsComment`, a `postItem`). Whole class names only: `comment-form` and `post-title` are parts of one.
export const POST_CLASS = /(?:^|\s)((?:ips)?(?:comment|post|message|reply|answer)(?:item)?)(?=\s|$)/i;
// WordPress calls a blog post and each teaser of another `post`: not a series on a page that declares an article.
const ARTICLE_POST = /\.post(?:item)?$/;
// At least this many posts make a series: two are a question and its answer, or an article and a teaser.
const MIN_POSTS = 3;
// The series holds at least this many times the text the generic extractor kept.
const FULLER = 1.5;
// How much of the kept text, spaces left out, must be found inside one post.
const PROBE = 60;

/** Posts marked alike: the same element name and post class. `texts` are their texts without spaces. */
export interface PostSeries {
  key: string;
  posts: Element[];
  texts: string[];
}

/** The key that puts `el` in a series (`div.comment`), or '' when its class names do not call it a post. */
export function postKey(el: Element, names: string): string {
  const match = POST_CLASS.exec(names);
  return match ? `${el.localName}.${match[1]!.toLowerCase()}` : '';
}

/**
 * The series among `elements` (the page walk's post-like elements, in document order): each key's
 * outermost elements still in the page, where three or more of them hold text. Read before the
 * generic extractor changes the page. `article`: the page declares itself an article.
 */
export function postSeries(elements: readonly Element[], article: boolean): PostSeries[] {
  const byKey = new Map<string, Element[]>();
  for (const el of elements) {
    if (!el.isConnected) continue;
    const key = postKey(el, el.getAttribute('class') ?? '');
    if (article && ARTICLE_POST.test(key)) continue;
    const group = byKey.get(key) ?? byKey.set(key, []).get(key)!;
    // Document order: an element inside the group's previous one is part of that post.
    if (!group.length || !group[group.length - 1]!.contains(el)) group.push(el);
  }
  const series: PostSeries[] = [];
  for (const [key, posts] of byKey) {
    if (posts.length < MIN_POSTS) continue;
    const texts = posts.map((post) => spaceless(post.textContent ?? ''));
    if (texts.filter(Boolean).length >= MIN_POSTS) series.push({ key, posts, texts });
  }
  return series;
}

/**
 * The series of which the generic extractor kept one post: the start of what it kept is found
 * inside one of the posts, and the series holds far more text. On an article with comments under
 * it the kept text starts in the article, which is no post; null there.
 */
export function keptOnePost(series: readonly PostSeries[], kept: string): PostSeries | null {
  const keptText = spaceless(kept);
  const probe = keptText.slice(0, PROBE);
  if (probe.length < PROBE) return null;
  let best: PostSeries | null = null;
  let bestLength = 0;
  for (const one of series) {
    const length = one.texts.reduce((sum, text) => sum + text.length, 0);
    if (length > bestLength && length >= FULLER * keptText.length && one.texts.some((text) => text.includes(probe))) {
      [best, bestLength] = [one, length];
    }
  }
  return best;
}

/**
 * The element holding every post of the series in `page`, another copy of the page untouched by
 * the generic extractor; null when only the body holds them all (posts of several parts of the page).
 */
export function seriesHolder(page: Document, key: string): Element | null {
  const posts = [...(page.body?.querySelectorAll(key.slice(0, key.indexOf('.'))) ?? [])].filter((el) => postKey(el, el.getAttribute('class') ?? '') === key);
  return posts.length < MIN_POSTS ? null : holderOf(posts, posts[0]!.parentElement);
}

function spaceless(text: string): string {
  return text.replace(/\s+/g, '');
}
