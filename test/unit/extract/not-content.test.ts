import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { pageParts } from '../../../src/core/extract/page-parts';
import { NOT_CONTENT, removeNotContent } from '../../../src/core/extract/repairs/not-content';

const paragraphs = [1, 2, 3, 4]
  .map((n) => `<p>Step ${n}: the client asks for a token, the server checks the signature and the expiry, and answers with the scopes the token carries.</p>`)
  .join('');

test('a licence footer the page marks as not its content is left out of the article', () => {
  const doc = parsePage(`<html><head><title>Tokens</title></head><body><article><h1>Tokens</h1>${paragraphs}
    <div class="content-footer nocontent"><p>Except where the page says otherwise, its text may be shared under an open licence; see the site terms for the detail.</p><p>Last updated 2026-02-01.</p></div>
  </article></body></html>`);
  const capture = captureArticle(doc, 'https://docs.example.dev/tokens');
  expect(capture.text).toContain('Step 4');
  expect(capture.text).not.toContain('open licence');
  expect(capture.text).not.toContain('Last updated');
});

test('a block marked so that holds the title stays', () => {
  const doc = parsePage(`<html><body><div class="nocontent" id="all"><h1>Tokens</h1>${paragraphs}</div><div class="share nocontent" id="share">Share</div></body></html>`);
  removeNotContent(pageParts(doc).notContent);
  expect(doc.querySelector('#all')).not.toBeNull();
  expect(doc.querySelector('#share')).toBeNull();
});

test.each(['nocontent', 'a NoContent b'])('"%s" marks a block as not content', (name) => expect(NOT_CONTENT.test(name)).toBe(true));
test.each(['no-content', 'nocontent-wrapper', 'has-nocontentx'])('"%s" does not', (name) => expect(NOT_CONTENT.test(name)).toBe(false));
