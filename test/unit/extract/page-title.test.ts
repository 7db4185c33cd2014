import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { decodeEntities, pageTitle } from '../../../src/core/extract/title';

const page = (h1: string) => parsePage(`<html><body>${h1}<p>Body text.</p></body></html>`);

test('the <h1> wins when it is one part of the declared title', () => {
  expect(pageTitle(page('<h1>Sharding a queue</h1>'), 'Sharding a queue - Handbook of Small Systems', null)).toBe('Sharding a queue');
  expect(pageTitle(page('<h1>Opening hours</h1>'), 'Town Library | Opening hours | County', null)).toBe('Opening hours');
});

test('an <h1> that is not a part of the title leaves the title to cleanTitle', () => {
  expect(pageTitle(page('<h1>Latest posts</h1>'), 'Sharding a queue | Field Notes', 'Field Notes')).toBe('Sharding a queue');
  expect(pageTitle(page(''), 'Sharding a queue | Field Notes', 'Field Notes')).toBe('Sharding a queue');
});

test('entities escaped twice by a CMS are decoded', () => {
  expect(pageTitle(page(''), 'Bread &#038; butter: the baker&#8217;s notes', null)).toBe('Bread & butter: the baker’s notes');
  expect(decodeEntities('Tom&#39;s &amp; Ann&#x27;s &bogus;')).toBe("Tom's & Ann's &bogus;");
});
