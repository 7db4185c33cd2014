/**
 * What a forum repeats on each post that is not the post. About the member: the signature under it
 * (phpBB, vBulletin, MyBB and SMF `.signature`, XenForo's `.message-signature`, Invision's
 * `.ipsComment_signature`), phpBB's author card beside it (`.postprofile`: rank, post count, the day
 * they joined), XenForo's member title and extras (`.message-userTitle`, `.message-userExtras`, and
 * the `.MessageCard__user-details` of its hosted theme), Invision's rank and post count beside the
 * post (`.cAuthorPane_info`, `.cAuthorPane_stats`) and the copy of the author's pane it shows on
 * phones (`.cAuthorPane_mobile`). The post's controls: XenForo's action bar (Save, Reply, Quote,
 * Report), its reactions ("Reactions: ada and bo") and the share link and post number across from
 * the date (`.message-attribution-opposite`); Invision's likewise (`data-role="commentControls"`,
 * `.ipsReact`, `.ipsComment_toolWrap`). None of it is the discussion.
 */
export const POST_FURNITURE =
  /(?:^|\s)(?:signature|message-signature|ipsComment_signature|postprofile|message-userTitle|message-userExtras|MessageCard__user-details|message-actionBar|reactionsBar|message-attribution-opposite|cAuthorPane_mobile|cAuthorPane_info|cAuthorPane_stats|ipsComment_toolWrap|ipsReact)(?=\s|$)/;

// Invision's own names for a member's signature and a post's controls, the same across its versions.
const POST_FURNITURE_ROLES = new Set(['memberSignature', 'commentControls']);

/** Whether `el`, with class names `names`, is a member block or a post's controls. */
export function isPostFurniture(el: Element, names: string): boolean {
  return POST_FURNITURE.test(names) || POST_FURNITURE_ROLES.has(el.getAttribute('data-role') ?? '');
}

/** Removes the post furniture the page walk found, before the article is looked for. */
export function removePostFurniture(elements: readonly Element[]): void {
  for (const el of elements) el.remove();
}
