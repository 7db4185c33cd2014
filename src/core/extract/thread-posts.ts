import { copyWithout, holderOf, holdsMoreText } from './region';
import type { PageParts } from './page-parts';

// schema.org types a discussion page marks each of its posts with (Discourse, phpBB, vBulletin, Q&A sites).
const POST = /schema\.org\/(DiscussionForumPosting|Comment|Answer|Question)\b/i;
// The same items minus comments, which an article carries under it too: a page marked with these,
// or a JSON-LD forum posting or Q&A page, is a discussion.
const DISCUSSION_ITEM = /schema\.org\/(DiscussionForumPosting|Answer|Question)\b/i;
const DISCUSSION_LD = /"@type"\s*:\s*(\[[^\]]*)?"(DiscussionForumPosting|QAPage)"/;
// What a copied thread leaves out: menus, forms, buttons, what is not shown.
export const THREAD_FURNITURE = 'script, style, nav, form, button, noscript, template, [hidden], [aria-hidden="true"]';

/**
 * A copy of the element holding every post of a discussion page, when the page marks two or more
 * posts with schema.org microdata; null otherwise. Taken before the generic extractor runs, which
 * keeps one post and drops the rest.
 */
export function threadPosts(parts: PageParts): Element | null {
  // Still in the page: the repairs since the parts were gathered remove page furniture.
  const posts = parts.items.filter((el) => el.isConnected && POST.test(el.getAttribute('itemtype') ?? ''));
  const outer = posts.filter((post) => !posts.some((other) => other !== post && other.contains(post)));
  const top = outer.length === 1 ? posts.filter((p) => p.parentElement?.closest('[itemtype]') === outer[0]) : outer;
  if (top.length < 2) return null;
  const holder = holderOf(top, outer.length === 1 ? outer[0] : top[0].parentElement);
  return holder && copyWithout(holder, THREAD_FURNITURE);
}

/** True when the thread holds far more text than what the generic extractor kept. */
export function threadIsFuller(thread: Element, kept: string): boolean {
  return holdsMoreText(thread, kept, 1.5);
}

/** True when the page declares itself a discussion (a forum thread, a question and its answers). */
export function declaresDiscussion({ jsonLd, items }: PageParts): boolean {
  return items.some((el) => DISCUSSION_ITEM.test(el.getAttribute('itemtype') ?? '')) || jsonLd.some((s) => DISCUSSION_LD.test(s.textContent ?? ''));
}
