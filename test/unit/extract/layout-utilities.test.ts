import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { LAYOUT_UTILITY, removeLayoutUtilities } from '../../../src/core/extract/repairs/layout-utilities';

const prose = (topic: string) =>
  [1, 2, 3]
    .map((n) => `<p>Each ${topic} entry (${n} of 3) is read once at start-up and again whenever the file changes on disk, so an edit takes effect without a restart.</p>`)
    .join('');

// A Tailwind documentation page: every heading and code frame carries a scroll margin so that a jump
// to it clears the sticky header.
const docsPage = `<html><head><title>Watching files - Tidewater docs</title></head><body>
  <main><article class="prose max-w-4xl"><h1>Watching files</h1>${prose('watch')}
    <h2 class="scroll-mt-20 flex items-center gap-2" id="ignore"><a href="#ignore">Ignoring paths</a></h2>${prose('ignore')}
    <div class="group mt-2 scroll-mt-2 rounded"><div class="highlight"><pre><code class="language-toml">[watch]
ignore = ["target/", "*.tmp"]</code></pre></div></div>
    <h2 class="md:scroll-mt-24" id="debounce"><a href="#debounce">Debouncing</a></h2>${prose('debounce')}
  </article></main></body></html>`;

test('headings and code frames with a scroll margin stay in the article', () => {
  const capture = captureArticle(parsePage(docsPage), 'https://docs.tidewater.example.dev/watching-files');
  expect(capture.html).toContain('Ignoring paths');
  expect(capture.html).toContain('Debouncing');
  expect(capture.text).toContain('ignore = ["target/", "*.tmp"]');
});

test('only the scroll utilities are taken out of a class attribute', () => {
  const doc = parsePage(`<html><body><h2 class="scroll-mt-20 flex lg:scroll-pt-[72px] gap-2">Heading</h2></body></html>`);
  const heading = doc.querySelector('h2')!;
  removeLayoutUtilities([heading]);
  expect(heading.getAttribute('class')).toBe('flex gap-2');
});

test.each(['scroll-mt-20', 'x md:scroll-my-4', 'scroll-pt-[4rem] y', '-scroll-mb-2'])('"%s" holds a scroll utility', (name) =>
  expect(LAYOUT_UTILITY.test(name)).toBe(true),
);

test.each(['scroll-container', 'infinite-scroll', 'scrollbar-thin', 'no-scroll', 'overflow-hidden'])('"%s" does not', (name) =>
  expect(LAYOUT_UTILITY.test(name)).toBe(false),
);
