import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { keptOneBlock, ownTextLength, readingStands } from '../../../src/core/extract/one-block';

const body = (html: string) => parsePage(`<html><body>${html}</body></html>`).body;

test("the page's own text leaves out scripts, menus, banners, footers, sidebars and forms", () => {
  const text = 'Ten chars.';
  expect(ownTextLength(body(`<p>${text}</p><script>var x = "${text}";</script><style>p{}</style>`))).toBe(10);
  for (const furniture of ['nav', 'header', 'footer', 'aside', 'form']) {
    expect(ownTextLength(body(`<p>${text}</p><${furniture}><p>${text}</p></${furniture}>`))).toBe(10);
  }
  for (const role of ['navigation', 'banner', 'contentinfo', 'complementary', 'search']) {
    expect(ownTextLength(body(`<p>${text}</p><div role="${role}"><p>${text}</p></div>`))).toBe(10);
  }
  expect(ownTextLength(body(`<main><p>${text}</p><div role="note">${text}</div></main>`))).toBe(20);
});

test("the page's own text is counted only as far as the decision needs", () => {
  const long = `<p>${'x'.repeat(1000)}</p>`.repeat(20);
  expect(ownTextLength(body(long))).toBeLessThan(20_000);
  expect(ownTextLength(body(long))).toBeGreaterThanOrEqual(6000);
});

test('one block is kept when little was kept of a page holding three times as much', () => {
  expect(keptOneBlock(3000, 'x'.repeat(1000))).toBe(true);
  expect(keptOneBlock(2999, 'x'.repeat(1000))).toBe(false);
  expect(keptOneBlock(6000, 'x'.repeat(1999))).toBe(true);
  // Two thousand characters kept is an article, however long the page around it.
  expect(keptOneBlock(6000, 'x'.repeat(2000))).toBe(false);
  expect(keptOneBlock(6000, '')).toBe(true);
});

// A landing page of like sections straight under the body, none declared the main one: Readability
// keeps the section with the most paragraphs.
const section = (id: string, heading: string, items: number) =>
  `<div id="${id}" class="section"><div class="section_inner"><h2>${heading}</h2><ul class="feature_list">${Array.from(
    { length: items },
    (_, i) => `<li><h3>${heading} point ${i + 1}</h3><p>What the ${heading.toLowerCase()} section says in its point number ${i + 1}, briefly.</p></li>`,
  ).join('')}</ul></div></div>`;
const landing = (head = '') => `<html><head><title>Ledgerly</title>${head}</head><body>
  <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav></header>
  ${section('setup', 'Setup', 5)}${section('monthly', 'Monthly', 5)}${section('voices', 'Voices', 5)}${section('pricing', 'Pricing', 5)}${section('more', 'Everything else', 7)}
  <footer><p>Ledgerly Ltd</p></footer></body></html>`;
const url = 'https://ledgerly.example.com/';

test('a page made of sections is read again by Defuddle when the generic extractor kept one of them', () => {
  const html = landing();
  const once = captureArticle(parsePage(html), url);
  expect(once.text).toContain('Everything else point 7');
  expect(once.text).not.toContain('Setup point 1');
  const again = captureArticle(parsePage(html), url, () => parsePage(html));
  for (const heading of ['Setup', 'Monthly', 'Voices', 'Pricing', 'Everything else']) expect(again.text).toContain(`${heading} point 3`);
  expect(again.text).not.toContain('Ledgerly Ltd');
  expect(again.html).not.toContain('<nav');
});

test('a page that declares itself an article keeps the generic reading', () => {
  const html = landing('<meta property="og:type" content="article">');
  const again = captureArticle(parsePage(html), url, () => parsePage(html));
  expect(again.text).not.toContain('Setup point 1');
});

test('a second reading stands when it holds half as much again, unless a list of links would replace prose', () => {
  const block = (html: string) => body(html).firstElementChild!;
  const prose = block(`<div><p>${'A sentence of the second reading. '.repeat(10)}</p></div>`);
  expect(readingStands(prose, 'x'.repeat(200), true)).toBe(true);
  expect(readingStands(prose, 'x'.repeat(300), true)).toBe(false);
  const links = block(`<ul>${'<li><a href="/n">A headline of another story on the site</a></li>'.repeat(10)}</ul>`);
  expect(readingStands(links, 'x'.repeat(100), true)).toBe(false);
  // A list is what a page of teasers or a job board is: it stands where the first reading kept no prose.
  expect(readingStands(links, 'x'.repeat(100), false)).toBe(true);
});

test('a short story on a page of related headlines keeps its generic reading', () => {
  const story = ['The council reopened the footbridge over the river on Monday after a month of repairs to its deck.', 'Walkers had taken a two-mile detour by the road bridge since the storm in March loosened the planks.', 'The council said the handrails will be painted in the autumn, when the path is quieter.'];
  const related = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">Another headline from the town news, number ${i + 1}, about the week</a></li>`).join('');
  const html = `<html><head><title>Footbridge reopens</title></head><body><header><nav><a href="/">Town news</a></nav></header>
    <div class="news"><h2>Footbridge reopens</h2>${story.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="related"><h3>More news</h3><ul>${related}</ul></div><footer><p>Town news</p></footer></body></html>`;
  const capture = captureArticle(parsePage(html), 'https://town-news.example.com/news/footbridge', () => parsePage(html));
  expect(capture.text).toContain('handrails will be painted');
  expect(capture.text).not.toContain('Another headline');
});
