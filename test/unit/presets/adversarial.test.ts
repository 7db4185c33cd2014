import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { PRESETS, customisedPreset, renderPost, type Preset } from '../../../src/core/presets';
import { articleVariables } from '../../../src/core/template/variables';
import type { ArticleRecord } from '../../../src/core/types';
import { article, frontMatter } from './article';

// A user's template that uses every variable and both filters, in every YAML placement: plain,
// double- and single-quoted, inside a longer text, a flow list, a quoted flow list, a block list,
// a nested mapping and a folded block scalar.
const EVERY_VARIABLE = `title: {{title}}
quoted: "{{title}}"
single: '{{title}}'
inside: "{{site}} — {{author}} #{{artid}}"
url: {{url}}
description: >-
  {{description}}
site: {{site}}
author: '{{author}}'
artid: {{artid}}
image:
  path: "{{image}}"
  alt: {{title}}
slug: {{slug}}
tags: {{tags}}
categories: ['{{categories}}']
keywords:
  - {{keywords}}
joined: {{keywords|join:", "}}
date: {{date|date:"YYYY-MM-DD HH:mm:ss ZZ"}}
published: "{{published|date:"YYYY-MM-DD"}}"
created: {{created}}
`;

/** The article with every text the user can't control set to `value` (lists hold it twice over). */
function hostileArticle(value: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return article({
    title: value, description: value, byline: value, siteName: value, artid: value, leadImage: value, url: value,
    tags: [value, `${value}2`], userTags: [], categories: [value, `${value}2`], keywords: [value, `${value}2`], ...extra,
  });
}

const userPreset = (base: Preset): Preset => {
  const result = customisedPreset(base, { frontMatterTemplate: EVERY_VARIABLE });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.preset;
};

/** What the front matter of the all-variables template must read back as, for `record`. */
function expectedFor(preset: Preset, record: ArticleRecord) {
  const raw = articleVariables(record, '');
  const v = preset.rules ? preset.rules(raw) : raw;
  return {
    title: v.title, quoted: v.title, single: v.title, inside: `${v.site} — ${v.author} #${v.artid}`, url: v.url,
    description: v.description, site: v.site, author: v.author, artid: v.artid, image: { path: v.image, alt: v.title },
    slug: v.slug, tags: v.tags, categories: v.categories, keywords: v.keywords, joined: v.keywords.join(', '),
  };
}

function readsBackExactly(preset: Preset, record: ArticleRecord): void {
  const post = renderPost(preset, record, 'Body', '');
  const expected = expectedFor(preset, record);
  for (const version of ['1.2', '1.1'] as const) {
    const fm = frontMatter(post.content, version);
    expect(fm).toMatchObject(expected);
    // The date keys hold dates, not values: 1.1 reads the plain timestamp as a Date, 1.2 as text.
    expect(Object.keys(fm)).toEqual(['title', 'quoted', 'single', 'inside', 'url', 'description', 'site', 'author', 'artid', 'image', 'slug', 'tags', 'categories', 'keywords', 'joined', 'date', 'published', 'created']);
  }
  expect(post.content.endsWith('\n---\n\nBody\n')).toBe(true);
}

const HOSTILE = [
  'yes', 'on', 'no', 'off', 'y', 'n', 'true', 'null', '~', '12:30:45', '2025-02-25', '0x1F', '1e3', '.inf',
  'a "quoted" \'word\'', 'key: value', '# hash', 'a #b', '@at', '*star', '&amp', '!bang', '---', '...', 'line\nbreak',
  '😀 emoji 👩‍💻', 'مرحبا بالعالم\u202e', '%TAG', '- dash', '? q', '| pipe', '> gt', '[x]', '{y: z}', '\\', '\t', ' ', '',
];

describe.each(PRESETS.map((p) => [p.id, userPreset(p)] as const))('%s with a template using every variable and filter', (_id, preset) => {
  test.each(HOSTILE)('%j in every field reads back exactly in YAML 1.2 and 1.1', (value) => readsBackExactly(preset, hostileArticle(value)));

  test('a 10,000-character title of YAML-hostile text stays one value', () => {
    readsBackExactly(preset, hostileArticle('yes: # - &a *b !c @d\n---\n'.repeat(400).slice(0, 10_000)));
  });

  test('property: any string in any field reads back exactly in YAML 1.2 and 1.1', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const tricky = fc.constantFrom(...HOSTILE);
    const value = fc.oneof(text, tricky, fc.tuple(tricky, text).map(([a, b]) => a + b));
    fc.assert(fc.property(value, (v) => readsBackExactly(preset, hostileArticle(v))), { numRuns: 150 });
  });
});

describe('the presets as shipped hold the property too', () => {
  test.each(PRESETS.filter((p) => p.frontMatterTemplate).map((p) => [p.id, p] as const))('%s', (_id, preset) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (v) => {
        const post = renderPost(preset, hostileArticle(v), 'Body', '');
        const v12 = frontMatter(post.content, '1.2');
        const v11 = frontMatter(post.content, '1.1');
        expect(v11.title).toBe(v);
        expect(v12.title).toBe(v);
        // Everything but the dates reads the same in both versions.
        const { date: _a, published: _b, created: _c, ...rest12 } = v12;
        const { date: _d, published: _e, created: _f, ...rest11 } = v11;
        expect(rest11).toEqual(rest12);
      }),
      { numRuns: 150 },
    );
  });
});

test('sanity: the checks would catch a value that changes type', () => {
  // Written bare, Psych (YAML 1.1) would read these as true, a number and a date: the renderer must not.
  expect(parse('a: yes', { version: '1.1' }).a).toBe(true);
  expect(parse('a: 12:30:45', { version: '1.1' }).a).toBe(45045);
  expect(parse('a: 2025-02-25', { version: '1.1' }).a).toBeInstanceOf(Date);
});
