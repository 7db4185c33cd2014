import { expect, test } from 'vitest';
import { captureHtml, parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { POST_CLASS, keptOnePost, postSeries } from '../../../src/core/extract/post-series';

// A link aggregator's comment tree: each comment a div.comment with its byline and text, replies in nested lists.
const comment = (who: string, text: string, replies = '') => `<li class="comments_subtree"><div class="comment">
  <div class="details"><div class="byline"><a href="/~${who}">${who}</a> <time>2 hours ago</time></div>
  <div class="comment_text">${text}</div></div></div>${replies ? `<ol class="comments">${replies}</ol>` : ''}</li>`;

const THREAD = `<html><head><title>Sourdough starters at altitude | Crumbs</title></head><body>
  <header><nav><a href="/">Crumbs</a> <a href="/recent">Recent</a> <a href="/login">Login</a></nav></header>
  <div id="inside"><div class="story"><h1><a href="https://example.net/altitude">Sourdough starters at altitude</a></h1><span>via <a href="/~orla">orla</a></span></div>
  <ol class="comments">
    ${comment('tomas', '<p>Above two thousand metres my starter doubles in half the time it took at the coast, so I feed it twice as often and keep it cooler.</p>',
      comment('orla', '<p>Cooler in the fridge door, or just a cooler room? The fridge door slowed mine so much it stopped rising at all for a week.</p>'))}
    ${comment('wen', `<p>Water boils lower up here, so I changed the bake more than the starter. A lid on the pot for the first twenty minutes kept the crust from setting before the loaf had risen.</p>
      <p>The starter itself I feed with a little rye in the mix. It smells sharper than it used to, but it has not failed me once through a whole winter of weekly loaves.</p>
      <p>I also weigh the water now instead of measuring it by cup, because the dry air here takes more of it from the flour than I had expected when we moved.</p>`)}
    ${comment('ines', '<p>Has anyone tried drying some starter as a backup? I lost mine once to a hot week and had to begin again from nothing.</p>')}
  </ol></div>
  <footer><a href="/about">About</a></footer></body></html>`;

test('a comment tree marked by class names only is saved whole, not its longest comment', () => {
  const capture = captureHtml(THREAD, 'https://crumbs.example.org/s/a1b2c3/sourdough_starters_at_altitude');
  for (const words of ['doubles in half the time', 'fridge door slowed mine', 'a little rye in the mix', 'drying some starter']) expect(capture.text).toContain(words);
  expect(capture.text).not.toContain('Recent');
  expect(capture.text).not.toContain('About');
});

test('without another copy of the page the generic reading stands', () => {
  const capture = captureArticle(parsePage(THREAD), 'https://crumbs.example.org/s/a1b2c3/sourdough_starters_at_altitude');
  expect(capture.text).toContain('a little rye in the mix');
  expect(capture.text).not.toContain('drying some starter');
});

// A blog post with its readers' comments under it, longer than the post: the article is what was kept, and stays so.
const ARTICLE = `<html><head><title>Repairing a cane chair seat</title><meta property="og:type" content="article"></head><body><main><article class="entry">
  <h1>Repairing a cane chair seat</h1>
  ${Array.from({ length: 6 }, (_, i) => `<p>Step ${i + 1}: soak the strands in warm water for half an hour so they bend without splitting, then weave them across the frame, pulling each one taut before you peg it, and leave the seat to dry overnight.</p>`).join('\n')}
  </article>
  <ol class="comment-list">
    ${['Mine took two days to dry in a damp shed.', 'Which width of cane did you use for the seat?', 'Thank you, the pegging tip saved my first attempt.', 'Could the same weave work for a stool top?']
      .map((text) => `<li class="comment"><div class="comment-author">A reader</div><div class="comment-content"><p>${text} ${'I read the whole post twice before I began, and kept it open on the bench beside the chair while I worked through every step of it. '.repeat(5)}</p></div></li>`)
      .join('\n')}
  </ol></main></body></html>`;

test("an article's comments are not taken for a discussion", () => {
  const capture = captureHtml(ARTICLE, 'https://cane.example.com/2025/03/repairing-a-cane-chair-seat/');
  expect(capture.text).toContain('Step 6');
  expect(capture.text).not.toContain('two days to dry');
});

test.each(['comment', 'comment even', 'cPost ipsComment ipsComment_parent', 'contentBackground1 postItem ', 'Item ItemComment Message'])('"%s" calls an element a post', (names) =>
  expect(POST_CLASS.test(names)).toBe(true),
);
test.each(['comment-form', 'comment_text', 'post-title', 'comments', 'blog-post', 'signpost', 'postprofile'])('"%s" does not', (names) =>
  expect(POST_CLASS.test(names)).toBe(false),
);

test('a series is read only where three or more like posts hold text', () => {
  const doc = parsePage(`<html><body><div class="comment">One comment with some words in it.</div><div class="comment">Two</div><p class="comment"></p><div class="comment"> </div></body></html>`);
  expect(postSeries([...doc.querySelectorAll('.comment')], false)).toEqual([]);
});

test('the kept text must start inside a post of the series', () => {
  const doc = parsePage(`<html><body>${['first', 'second', 'third'].map((n) => `<div class="post">The ${n} post of the series says a fair amount about boats, sails and the wind on the lake in the spring.</div>`).join('')}</body></html>`);
  const series = postSeries([...doc.querySelectorAll('.post')], false);
  expect(keptOnePost(series, 'The second post of the series says a fair amount about boats, sails and the wind on the lake in the spring.')).toBe(series[0]);
  expect(keptOnePost(series, 'An introduction to sailing boats on a lake, written by someone who is not in the series of posts at all.')).toBeNull();
});

// WordPress calls a blog post and each teaser of another one `post`: on a page that declares an article they are no discussion.
test('an article and the teasers of other articles are not a series of posts', () => {
  const teaser = (n: number) => `<article class="entry loop-entry post-${n} post type-post"><h3><a href="/blog/${n}/">Another story, number ${n}</a></h3>
    <p>${'A teaser of another story on the same blog, which a reader may open next once they have finished this one. '.repeat(8)}</p></article>`;
  const page = `<html><head><title>Planning a small wedding</title><meta property="og:type" content="article"></head><body><div id="primary">
    <article class="entry single-entry post-7 post type-post"><h1>Planning a small wedding</h1>
    ${Array.from({ length: 5 }, (_, i) => `<p>Part ${i + 1}: choose the guests before the venue, because the list decides the size of the room, the food and most of what the day will cost you.</p>`).join('')}
    </article><section class="related">${[11, 12, 13].map(teaser).join('')}</section></div></body></html>`;
  const capture = captureHtml(page, 'https://weddings.example.com/blog/planning-a-small-wedding/');
  expect(capture.text).toContain('Part 5');
  expect(capture.text).not.toContain('Another story');
});
