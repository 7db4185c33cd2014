import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { previewPost, problemsOf, sizeProblemOf } from '../../../src/options/preview';
import { SAMPLE_ARTICLE } from '../../../src/options/sample-article';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/shared/settings';

const sample = SAMPLE_ARTICLE;

describe('options preview', () => {
  test('the Jekyll defaults: path, image folder, front matter and the start of the body', () => {
    const result = previewPost('jekyll', DEFAULT_SETTINGS.presets.jekyll, sample, true);
    if (!result.ok) throw new Error(result.problems[0].message);
    expect(result.preview.path).toBe('_posts/2024-03-09-notes-on-a-tiny-rate-limiter-yes-in-forty-lines.md');
    expect(result.preview.imageFolder).toBe('assets/img/posts/notes-on-a-tiny-rate-limiter-yes-in-forty-lines');
    const [, yaml, body] = result.preview.text.match(/^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/)!;
    expect(parse(yaml, { version: '1.1' })).toMatchObject({ title: 'Notes on a tiny rate limiter: yes, in forty lines', description: 'A token bucket # in Go, with a channel and a ticker.', tags: ['go', 'concurrency'] });
    expect(body.startsWith('A token bucket holds *tokens*;')).toBe(true);
  });

  test('the edited template and style show at once', () => {
    const edited = { ...DEFAULT_SETTINGS.presets.hugo, frontMatterTemplate: 'headline: "{{title}}"\n', markdownStyle: { ...DEFAULT_SETTINGS.presets.hugo.markdownStyle, bulletListMarker: '*' as const, headingStyle: 'setext' as const } };
    const result = previewPost('hugo', edited, sample, true);
    if (!result.ok) throw new Error(result.problems[0].message);
    expect(result.preview.text).toMatch(/^---\nheadline: "Notes on a tiny rate limiter: yes, in forty lines"\n---\n\n/);
    expect(result.preview.text).toContain('\nThe bucket\n----------\n\n* A buffered channel is the bucket.\n');
  });

  test('a long body is cut after its first lines', () => {
    const long = { record: sample.record, body: { ...sample.body, markdown: Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n\n') } };
    const result = previewPost('plain', DEFAULT_SETTINGS.presets.plain, long, true);
    if (!result.ok) throw new Error('expected ok');
    expect(result.preview.text.split('\n')).toHaveLength(25);
    expect(result.preview.text.endsWith('\n…')).toBe(true);
  });

  test('mistakes come back on their fields instead of a preview', () => {
    const result = previewPost('jekyll', { ...DEFAULT_SETTINGS.presets.jekyll, frontMatterTemplate: 'title: {{titel}}', fileNameTemplate: '../x.md' }, sample, true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['frontMatterTemplate', 'fileNameTemplate']);
  });

  test('problemsOf finds every preset with a problem and settings too large to sync', () => {
    const settings = defaultSettings();
    expect(problemsOf(settings)).toEqual([]);
    settings.presets.hexo.fileNameTemplate = 'same.md';
    settings.presets.obsidian.frontMatterTemplate = `title: "{{title}}"\n# ${'x'.repeat(9000)}\n`;
    const found = problemsOf(settings);
    expect(found.map((f) => f.preset)).toEqual(['hexo', 'obsidian']);
    expect(found[1].problems[0].message).toMatch(/^The Obsidian settings are too large to save/);
  });

  test('sizeProblemOf names the preset too large to sync, and only that one', () => {
    const settings = defaultSettings();
    expect(sizeProblemOf(settings, 'hugo')).toBeNull();
    settings.presets.hugo.frontMatterTemplate = `# ${'x'.repeat(9000)}\ntitle: x\n`;
    expect(sizeProblemOf(settings, 'hugo')?.message).toMatch(/^The Hugo settings are too large to save/);
    expect(sizeProblemOf(settings, 'jekyll')).toBeNull();
  });
});
