// Named hostile pages: each finishes, within a time bound proportional to its size, with a post
// that keeps the page's text, or with a clear "nothing to save" where there is nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { convertOrNothing } from './outcome';
import { emptyFigures, saveFigures } from './figures';

const URL = 'https://notes.example.org/2024/03/post.html';
const MARKER = 'Keepmark reliability marker sentence, long enough for Readability to score it as prose.';
const PROSE = `<p>${MARKER} ${'More ordinary prose follows, so the page reads as an article. '.repeat(4)}</p>`;
const doc = (body: string) => `<!doctype html><html><head><title>Hostile page</title></head><body>${body}</body></html>`;
// The bound is relative to an ordinary article of the same machine and moment, so a loaded CI
// machine slows both alike: a hostile page may cost at most SLOWER_THAN_ORDINARY times an ordinary
// page's time per MB, a small page counted as 2 MB (Readability's fixed costs dominate there).
const SLOWER_THAN_ORDINARY = 20;
const MIN_MB = 2;
const figures = emptyFigures();
let ordinaryMsPerMb = 0;

/** Time per MB of an ordinary 1 MB article: sections of prose under headings. */
function measureOrdinary(): number {
  const section = (i: number) => `<h2>Section ${i}</h2>${PROSE.repeat(5)}<p>See <a href="/notes/${i}.html">note ${i}</a>.</p>`;
  const html = doc(`<article>${Array.from({ length: Math.ceil(1e6 / section(0).length) }, (_, i) => section(i)).join('')}</article>`);
  const start = performance.now();
  convertOrNothing(html, URL);
  return (performance.now() - start) / (Buffer.byteLength(html) / 1e6);
}

beforeAll(() => {
  // The first run also compiles the pipeline; the faster of two is the article's own cost.
  ordinaryMsPerMb = Math.min(measureOrdinary(), measureOrdinary());
}, 120_000);

const withText: Record<string, () => string> = {
  '10,000-deep nesting': () => doc(`${'<div>'.repeat(10_000)}${PROSE}${'</div>'.repeat(10_000)}`),
  '2,000 unclosed tags': () => doc(`${'<div><span>'.repeat(1_000)}${PROSE}`),
  '20 MB page': () => doc(`<article>${PROSE.repeat(Math.ceil(20e6 / PROSE.length))}</article>`),
  '5,000 images': () => doc(`<article>${PROSE}${Array.from({ length: 5_000 }, (_, i) => `<figure><img src="/i/${i}.png" alt="image ${i}"><figcaption>${i}</figcaption></figure>`).join('')}${PROSE}</article>`),
  'content after </html>': () => `<!doctype html><html><body><div></div></body></html>${PROSE}`,
  'bare fragment': () => PROSE.repeat(3),
};

const nothing: Record<string, () => string> = {
  frameset: () => '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
  'SVG only': () => '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/><circle r="4"/></svg>',
  'empty document': () => '',
  'whitespace and comments': () => ' \n\t<!-- nothing -->\n<!-- here --> ',
  'empty body': () => doc(''),
};

/** Runs one page, checks and records its time against the size bound. */
function run(name: string, html: string) {
  const mb = Buffer.byteLength(html) / 1e6;
  const start = performance.now();
  const page = convertOrNothing(html, URL);
  const ms = performance.now() - start;
  const msPerMb = ms / Math.max(mb, MIN_MB);
  if (msPerMb > figures.slowestMsPerMb) Object.assign(figures, { slowestMsPerMb: msPerMb, slowestCase: `${name}: ${ms.toFixed(0)} ms for ${mb.toFixed(2)} MB` });
  expect(msPerMb, `${name} took ${ms.toFixed(0)} ms for ${mb.toFixed(2)} MB; an ordinary article ${ordinaryMsPerMb.toFixed(0)} ms per MB`).toBeLessThan(SLOWER_THAN_ORDINARY * ordinaryMsPerMb);
  return page;
}

for (const [name, make] of Object.entries(withText)) {
  test(`${name}: saved with its text`, () => {
    const page = run(name, make());
    figures.casesGenerated++;
    if (!page?.body.markdown.includes(MARKER)) figures.dataLost++;
    expect(page?.body.markdown).toContain(MARKER);
  });
}

for (const [name, make] of Object.entries(nothing)) {
  test(`${name}: nothing to save`, () => {
    figures.casesGenerated++;
    expect(run(name, make())).toBeNull();
  });
}

test('a MathML-only document finishes (its formula is content, so a post is fine)', () => {
  figures.casesGenerated++;
  run('MathML only', '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>1</mn></math>');
});

test('binary junk: a post or nothing to save', () => {
  const bytes = Uint8Array.from({ length: 2e6 }, (_, i) => (Math.imul(i, 2654435761) >>> 24) & 0xff);
  for (const [name, html] of [['binary as latin1', Buffer.from(bytes).toString('latin1')], ['binary as UTF-8', new TextDecoder().decode(bytes)]]) {
    figures.casesGenerated++;
    run(name, html);
  }
});

afterAll(() => {
  saveFigures('hostile-pages', figures);
});
