import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('fenced code', () => {
  test('language and byte-exact content', () => {
    expect(md('<pre><code class="language-py">a  \n\n\n\tb # 注释\n</code></pre>')).toBe('```py\na  \n\n\n\tb # 注释\n```');
  });

  test('<br> inside pre is a line break', () => expect(md('<pre>a<br>b<br><br>c</pre>')).toBe('```\na\nb\n\nc\n```'));

  test('a fence longer than any backtick run inside', () => expect(md('<pre><code>````\nx\n````</code></pre>')).toBe('`````\n````\nx\n````\n`````'));

  test('language from a highlighter wrapper, never from a lang attribute', () => {
    expect(md('<div class="highlight highlight-source-go"><pre>x</pre></div>')).toBe('```go\nx\n```');
    expect(md('<div class="mw-highlight mw-highlight-lang-cpp"><pre>x</pre></div>')).toBe('```cpp\nx\n```');
    expect(md('<div lang="en"><pre>x</pre></div>')).toBe('```\nx\n```');
  });

  test('gutters and copy buttons leave nothing', () => {
    expect(md('<pre><code class="language-c">x<span class="line-numbers-rows"><span></span></span></code><ul class="pre-numbering"><li>1</li></ul><button>Copy</button></pre>')).toBe('```c\nx\n```');
    expect(md('<table><tr><td class="linenos"><pre>1\n2</pre></td><td class="code"><pre>a\nb</pre></td></tr></table>')).toBe('```\na\nb\n```');
  });

  test('one <code> per line (WeChat)', () => expect(md('<pre data-lang="js"><code>a</code><code><br></code><code>b</code></pre>')).toBe('```js\na\n\nb\n```'));

  test('hljs-ln table rows are lines', () => {
    expect(md('<pre><code><table><tr><td class="hljs-ln-numbers">1</td><td>a</td></tr><tr><td class="hljs-ln-numbers">2</td><td>b</td></tr></table></code></pre>')).toBe('```\na\nb\n```');
  });
});
