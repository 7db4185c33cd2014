import { describe, expect, test } from 'vitest';
import { placePost, plain, renderPost } from '../../../src/core/presets';
import { sample } from './article';

describe('plain Markdown preset', () => {
  test('writes <slug>.md with no front matter', () => {
    const post = renderPost(plain, sample, '\n# Body\n\ntext\n\n', 'text');
    expect(post).toEqual({ path: 'a-rate-limiter-in-forty-lines.md', content: '# Body\n\ntext\n' });
  });

  test('images go under images/<slug>/, linked relative to the file', () => {
    const place = placePost(plain, sample);
    expect(place.imageFolder).toBe('images/a-rate-limiter-in-forty-lines');
    expect(place.imageLink('a.png')).toBe('images/a-rate-limiter-in-forty-lines/a.png');
  });
});
