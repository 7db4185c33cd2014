import { describe, expect, test } from 'vitest';
import { PRESETS, customisedPreset, hugo, jekyll, obsidian, plain, renderPost, type Customised } from '../../../src/core/presets';
import { sample } from './article';

const problems = (result: Customised) => (result.ok ? [] : result.problems);

describe('customisedPreset', () => {
  test('no overrides gives the preset as it is, its rules kept', () => {
    for (const preset of PRESETS) {
      const result = customisedPreset(preset, {});
      expect(result).toEqual({ ok: true, preset: { ...preset, markdownStyle: preset.markdownStyle } });
    }
  });

  test('overrides replace the preset’s own; the preset’s rules (Chirpy’s lowercase tags) still hold', () => {
    const result = customisedPreset(jekyll, {
      frontMatterTemplate: 'title: "{{title}}"\ntags: {{tags}}\n',
      fileNameTemplate: 'posts/{{slug}}.markdown',
      imageFolder: 'img/{{slug}}',
      markdownStyle: { bulletListMarker: '*' },
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.preset.markdownStyle).toEqual({ ...jekyll.markdownStyle, bulletListMarker: '*' });
    expect(result.preset.imageLinks).toBe('site-absolute');
    const post = renderPost(result.preset, sample, 'Body', '');
    expect(post.path).toBe('posts/a-rate-limiter-in-forty-lines.markdown');
    expect(post.content).toBe('---\ntitle: "A rate limiter: in forty lines"\ntags: [go, rate limiting, "#reading list"]\n---\n\nBody\n');
  });

  test.each([
    ['an unknown variable', { frontMatterTemplate: 'title: {{titel}}' }, 'frontMatterTemplate', /unknown variable "titel" in \{\{titel\}\}/],
    ['an unknown filter', { frontMatterTemplate: 'title: {{title|upper}}' }, 'frontMatterTemplate', /unknown filter "upper"/],
    ['YAML that does not read', { frontMatterTemplate: 'title: "{{title}}\nx: [' }, 'frontMatterTemplate', /^Front matter template is not valid YAML/],
    ['a duplicated key', { frontMatterTemplate: 'a: 1\na: {{title}}' }, 'frontMatterTemplate', /^Front matter template is not valid YAML: Map keys must be unique/],
    ['a list, not a mapping', { frontMatterTemplate: '- {{title}}' }, 'frontMatterTemplate', /must be a mapping/],
    ['a file name leaving the folder', { fileNameTemplate: '../{{slug}}.md' }, 'fileNameTemplate', /must name folders inside the export folder/],
    ['an absolute file name', { fileNameTemplate: '/etc/{{slug}}.md' }, 'fileNameTemplate', /must name folders inside the export folder/],
    ['a file name the same for every article', { fileNameTemplate: 'posts/post.md' }, 'fileNameTemplate', /gives the same name \("posts\/post.md"\) for every article/],
    ['a file name that is not Markdown', { fileNameTemplate: '{{slug}}.txt' }, 'fileNameTemplate', /must end in ".md" or ".markdown"/],
    ['a list in a file name', { fileNameTemplate: '{{tags}}/{{slug}}.md' }, 'fileNameTemplate', /\{\{tags\}\} is a list/],
    ['an image folder leaving the folder', { imageFolder: 'assets/../../{{slug}}' }, 'imageFolder', /Image folder template "assets\/..\/..\/\{\{slug\}\}" must name folders inside/],
    ['an unknown style', { markdownStyle: { bulletListMarker: '#' as never } }, 'markdownStyle', /"#" is not a choice for bulletListMarker \(-, \*, \+\)/],
  ] as const)('%s is named, on its field', (_name, overrides, field, message) => {
    const found = problems(customisedPreset(hugo, overrides));
    expect(found).toHaveLength(1);
    expect(found[0].field).toBe(field);
    expect(found[0].message).toMatch(message);
  });

  test('every problem is reported at once, one per field', () => {
    const found = problems(customisedPreset(obsidian, { frontMatterTemplate: 'a: {{nope}}', fileNameTemplate: '..', imageFolder: '/x' }));
    expect(found.map((p) => p.field)).toEqual(['frontMatterTemplate', 'fileNameTemplate', 'imageFolder']);
  });

  test('an empty front matter template is no front matter, as in the plain preset', () => {
    expect(customisedPreset(jekyll, { frontMatterTemplate: '' }).ok).toBe(true);
    expect(customisedPreset(plain, {}).ok).toBe(true);
  });
});
