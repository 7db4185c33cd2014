/**
 * What a forum repeats about a member on each of their posts: the signature under it (phpBB,
 * vBulletin, MyBB and SMF `.signature`, XenForo's `.message-signature`, Invision's
 * `.ipsComment_signature`) and phpBB's author card beside it (`.postprofile`: rank, post count, the
 * day they joined). It belongs to the member, not to the discussion.
 */
export const MEMBER_BLOCK = /(?:^|\s)(?:signature|message-signature|ipsComment_signature|postprofile)(?=\s|$)/;

/** Whether `el`, with class names `names`, is a member's signature or author card. */
export function isMemberBlock(el: Element, names: string): boolean {
  return MEMBER_BLOCK.test(names) || el.getAttribute('data-role') === 'memberSignature';
}

/** Removes the member blocks the page walk found, before the article is looked for. */
export function removeMemberBlocks(elements: readonly Element[]): void {
  for (const el of elements) el.remove();
}
