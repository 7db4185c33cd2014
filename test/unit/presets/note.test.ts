// The user's note reaches every export: quoted above the article body, after any front matter.
import { describe, expect, test } from 'vitest';
import { PRESETS, plain, renderPost } from '../../../src/core/presets';
import { article } from './article';

describe('the user’s note in an export', () => {
  test('is quoted above the body, every line of it, with blank lines kept inside the quote', () => {
    const post = renderPost(plain, article({ note: 'Check the refill rate\n\nagainst our own limits.' }), '# Body\n\ntext\n', 'text');
    expect(post.content).toBe('> **Note:** Check the refill rate\n>\n> against our own limits.\n\n# Body\n\ntext\n');
  });

  test('an empty or blank note adds nothing', () => {
    for (const note of ['', '  \n ']) expect(renderPost(plain, article({ note }), '# Body\n', 'text').content).toBe('# Body\n');
  });

  test.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s: the note follows the front matter', (_id, preset) => {
    const content = renderPost(preset, article({ note: '待读：第三节' }), 'Body text.\n', 'Body text.').content;
    expect(content).toMatch(/(^|---\n\n)> \*\*Note:\*\* 待读：第三节\n\nBody text\.\n$/);
  });
});
