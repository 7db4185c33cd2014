import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<!doctype html><html><body>${body}</body></html>`);
import { markRougeLanguages } from '../../../src/core/extract/adapters/devto';

test('markRougeLanguages turns the bare Rouge class into language-*', () => {
  const doc = page('<pre class="highlight ruby"><code>puts 1</code></pre><pre class="highlight"><code>x</code></pre>');
  markRougeLanguages(doc.body);
  expect([...doc.querySelectorAll('pre')].map((pre) => pre.getAttribute('class'))).toEqual(['highlight ruby language-ruby', 'highlight']);
});
