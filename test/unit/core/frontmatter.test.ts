import { describe, expect, test } from 'vitest';
import { PRESETS, jekyll, renderPost, type Preset } from '../../../src/core/presets';
import { article, frontMatter } from '../presets/article';

describe('Jekyll front matter', () => {
  test('has the Chirpy post keys in order, with the page’s own date offset', () => {
    const post = renderPost(jekyll, article(), 'Body', 'Body text');
    const fm = frontMatter(post.content, '1.2');
    expect(Object.keys(fm)).toEqual(['layout', 'title', 'date', 'description', 'keywords', 'categories', 'tags', 'artid', 'image', 'source', 'render_with_liquid']);
    expect(fm).toMatchObject({
      layout: 'post',
      date: '2025-02-25 21:26:48 +0800',
      keywords: 'go, context',
      categories: ['Back end', 'Go'],
      tags: ['go', 'microsoft', 'reading-list'],
      artid: '129543458',
      image: { path: 'https://img.example.com/lead.png?x=1&y=2', alt: 'Plain title' },
      render_with_liquid: false,
    });
    expect(post.path).toBe('_posts/2025-02-25-plain-title.md');
    expect(post.content.endsWith('---\n\nBody\n')).toBe(true);
  });

  test('falls back to the save time, in the saving clock’s offset, when the page has no date', () => {
    const post = renderPost(jekyll, article({ published: null, savedAt: Date.UTC(2026, 0, 1, 23, 0), savedOffset: 120 }), '', '');
    expect(frontMatter(post.content, '1.2').date).toBe('2026-01-02 01:00:00 +0200');
    expect(post.path.startsWith('_posts/2026-01-02-')).toBe(true);
  });

  test('description falls back to the start of the text', () => {
    const post = renderPost(jekyll, article({ description: null }), '', 'word '.repeat(100));
    expect(frontMatter(post.content, '1.2').description).toHaveLength(100);
  });
});

/** What each preset's own rules make of a tag (Chirpy lowercases; Obsidian tags have no spaces or `#`). */
const tagAs: Record<string, (tag: string) => string[]> = {
  jekyll: (tag) => [tag.toLowerCase()],
  obsidian: (tag) => {
    const clean = tag.trim().replace(/^#+\s*/, '').replace(/\s+/g, '-');
    return clean ? [clean] : [];
  },
};

const hostile = ['yes', 'on', 'No', '12:30:45', '2025-02-25', 'key: value', '# not a comment', '@handle', '*alias', '&anchor', '!tag', '---', 'line one\nline two', "it's \"quoted\"", '   padded   ', '😀 emoji', 'مرحبا\u202e', '[1, 2]', '{a: b}', 'null', '~', '0x1F', '1e3', '{{title}}', '%YAML 1.1', '|', '> folded', '- item', '? key', 'a #b', 'trailing:',
  // Every word YAML 1.1 reads as a boolean or null, in its cases, and numbers only one version reads.
  'off', 'OFF', 'y', 'Y', 'n', 'N', 'true', 'False', 'NULL', 'Null', '', '.inf', '-.Inf', '.NaN', '0o17', '0b101', '+12', '1_000', '012', '12:30', '1:20:30.5', '2025-02-25T10:00:00Z', '2025-02-25 10:00:00 +08:00', '=', '<<', '`tick`', '"', "'", '\\', '\t tab', 'a\r\nb', '\u00a0nbsp', '\ufeffbom', '💥🇯🇵👩‍👩‍👧', 'שלום עולם', '...'];
const withFrontMatter = PRESETS.filter((preset) => preset.frontMatterTemplate);

describe.each(withFrontMatter.map((preset) => [preset.id, preset] as [string, Preset]))('%s: hostile values', (id, preset) => {
  test.each(hostile)('%j parses back unchanged in YAML 1.2 and 1.1', (value) => {
    const post = renderPost(preset, article({ title: value, description: value, keywords: [value], tags: [value], userTags: [], categories: [value], byline: value, url: value }), 'Body', '');
    const tags = tagAs[id]?.(value) ?? [value];
    for (const version of ['1.2', '1.1'] as const) {
      const fm = frontMatter(post.content, version);
      expect(fm.title).toBe(value);
      // The description is a one-line summary: its whitespace is folded on purpose.
      expect(fm.description).toBe(value.replace(/\s+/g, ' ').trim());
      expect(fm.tags).toEqual(tags);
      expect(fm.source).toBe(value);
      if ('categories' in fm) expect(fm.categories).toEqual([value]);
      if ('author' in fm) expect(fm.author).toBe(value);
      if ('image' in fm) expect(fm.image.alt).toBe(value);
      if ('keywords' in fm) expect(fm.keywords).toBe(value);
    }
    expect(post.content.split('\n').filter((line) => line === '---')).toHaveLength(2);
    expect(post.content.endsWith('\n---\n\nBody\n')).toBe(true);
  });

  test('a 10,000-character title stays one value', () => {
    const title = 'x'.repeat(10_000);
    expect(frontMatter(renderPost(preset, article({ title }), '', '').content, '1.1').title).toBe(title);
  });
});
