import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('details', () => {
  test('kept as HTML with Markdown inside', () => {
    expect(md('<details open><summary>More <b>&lt;x&gt;</b></summary><p>Body <em>text</em></p></details>')).toBe('<details open>\n<summary>More &lt;x&gt;</summary>\n\nBody *text*\n\n</details>');
  });
});
