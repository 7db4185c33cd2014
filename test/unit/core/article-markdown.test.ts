import { describe, expect, test } from 'vitest';
import { articleFromCapture, markdownForExport } from '../../../src/core/article';
import { DEFAULT_MARKDOWN_STYLE } from '../../../src/core/presets';
import type { PageCapture } from '../../../src/core/types';

const capture: PageCapture = {
  url: 'https://x.test/a', canonicalUrl: 'https://x.test/a', title: 'The title', byline: null, published: null, siteName: null,
  lang: 'en', description: null, keywords: [], tags: [], categories: [], artid: null, leadImage: null, readerable: true, text: 'x',
  html: '<h1>The title</h1><p>Some <em>words</em> and <mark>marks</mark>.</p><h2>Part</h2><ul><li>item</li></ul><pre><code>code</code></pre>',
};
const { record, body } = articleFromCapture(capture, { id: 'a', now: 0, offset: 0 });

describe('markdownForExport', () => {
  test('the default style and highlighting give the stored Markdown as it is', () => {
    const stored = { ...body, markdown: 'the stored text\n' };
    expect(markdownForExport(record, stored, { ...DEFAULT_MARKDOWN_STYLE }, true)).toBe('the stored text\n');
  });

  test('another style converts the stored HTML again, the title heading still dropped (setext too)', () => {
    expect(body.markdown).toBe('Some *words* and ==marks==.\n\n## Part\n\n- item\n\n```\ncode\n```\n');
    const style = { headingStyle: 'setext', bulletListMarker: '*', emDelimiter: '_', strongDelimiter: '__', fence: '~~~' } as const;
    expect(markdownForExport(record, body, style)).toBe('Some _words_ and ==marks==.\n\nPart\n----\n\n* item\n\n~~~\ncode\n~~~\n');
  });

  test('highlighting off keeps <mark> as HTML, even in the default style', () => {
    expect(markdownForExport(record, body, DEFAULT_MARKDOWN_STYLE, false)).toBe('Some *words* and <mark>marks</mark>.\n\n## Part\n\n- item\n\n```\ncode\n```\n');
  });
});
