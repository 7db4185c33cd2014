import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { pageParts } from '../../../src/core/extract/page-parts';
import { POST_FURNITURE } from '../../../src/core/extract/repairs/post-furniture';

// vBulletin's post markup: the signature is a block under the post's text, in the same cell.
const post = (id: number, who: string, text: string, signature: string) => `<li class="postbitlegacy" id="post_${id}">
  <div class="userinfo"><a class="username" href="/member.php?u=${id}">${who}</a></div>
  <div class="postbody"><div class="postrow"><div class="content"><blockquote class="postcontent restore">${text}</blockquote></div>
  <div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${signature}</div></blockquote></div></div></div></li>`;

test("a thread is saved without each member's signature", () => {
  const doc = parsePage(`<html><head><title>Bench height</title></head><body><ol id="posts" class="posts">
    ${post(1, 'ada', 'How high should a planing bench be for someone who is six feet tall? Mine is at my hip and my back aches after an hour.', 'Measure twice, glue once.')}
    ${post(2, 'bo', 'Put the top at the height of your knuckles with your arms hanging down; planing wants your weight over the plane, not your arms.', 'Shop tour on my profile page.')}
    ${post(3, 'ada', 'Knuckle height it is. I cut two inches off the legs and the ache is gone after a whole afternoon at it.', 'Measure twice, glue once.')}
  </ol></body></html>`);
  const capture = captureArticle(doc, 'https://forum.example.net/threads/bench-height.42/');
  expect(capture.text).toContain('the ache is gone');
  expect(capture.text).not.toContain('Measure twice');
  expect(capture.text).not.toContain('Shop tour');
});

test("the page walk finds signatures by their class or Invision's data-role, phpBB's author card and Invision's post controls", () => {
  const parts = pageParts(parsePage(`<html><body><p>Post</p>
    <div class="signature" id="a">x</div><aside class="message-signature" id="b">x</aside><div data-role="memberSignature" id="c">x</div>
    <div class="ipsComment_signature" id="d">x</div><dl class="postprofile" id="e"><dt>x</dt></dl><div class="signature-pad" id="f">x</div>
    <menu class="ipsEntry__controls" data-role="commentControls" id="g"><li>Quote</li></menu></body></html>`));
  expect(parts.postFurniture.map((el) => el.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
});

test.each([
  'signature', 'post signature', 'message-signature', 'ipsComment_signature', 'postprofile', 'userTitle message-userTitle', 'message-userExtras',
  'MessageCard__user-details', 'message-actionBar actionBar', 'reactionsBar js-reactionsList is-active', 'message-attribution-opposite message-attribution-opposite--list',
  'cAuthorPane_mobile ipsResponsive_showPhone', 'cAuthorPane_info ipsList_reset', 'ipsReact ipsPos_right', 'ipsComment_toolWrap',
])('"%s" is post furniture', (name) => expect(POST_FURNITURE.test(name)).toBe(true));
test.each(['signature-pad', 'e-signature-form', 'signatures', 'message-attribution', 'message-userContent', 'actionBar-set', 'cAuthorPane', 'ipsComment_meta'])('"%s" is not', (name) =>
  expect(POST_FURNITURE.test(name)).toBe(false),
);
