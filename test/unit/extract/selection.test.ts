import { describe, expect, test } from 'vitest';
import { captureArticle, NothingToSaveError } from '../../../src/core/extract';
import { captureSelection, passageUrl } from '../../../src/core/extract/selection';
import { parsePage } from '../../../src/core/pipeline';

const PAGE = `<html lang="en"><head><title>Tuning a kiln - Pottery Notes</title>
<meta property="og:site_name" content="Pottery Notes">
<meta name="author" content="Ines Marl">
<meta property="article:published_time" content="2025-04-02T08:30:00+02:00">
<meta property="article:tag" content="ceramics">
<link rel="canonical" href="https://pottery.example/kiln?utm=x">
</head><body><nav>Home · Shop</nav><article><h1>Tuning a kiln</h1>
<p>${'A long paragraph about firing schedules and cones. '.repeat(15)}</p></article></body></html>`;

describe('a capture of the selection', () => {
  test('keeps just the selected HTML, with the page metadata', () => {
    const selected = '<p>Hold the kiln at <b>cone 6</b> for ten minutes.</p><p><a href="/glazes">Glazes</a> <img src="img/cup.jpg"></p>';
    const capture = captureSelection(parsePage(PAGE), 'https://pottery.example/kiln#part-2', selected);
    expect(capture).toMatchObject({
      url: 'https://pottery.example/kiln#part-2',
      title: 'Tuning a kiln',
      byline: 'Ines Marl',
      published: '2025-04-02T08:30:00+02:00',
      siteName: 'Pottery Notes',
      lang: 'en',
      tags: ['ceramics'],
      readerable: true,
      text: 'Hold the kiln at cone 6 for ten minutes.\nGlazes',
    });
    expect(capture.html).toBe('<p>Hold the kiln at <b>cone 6</b> for ten minutes.</p><p><a href="https://pottery.example/glazes">Glazes</a> <img src="https://pottery.example/img/cup.jpg"></p>');
    expect(capture.html).not.toContain('firing schedules');
    expect(capture.leadImage).toBe('https://pottery.example/img/cup.jpg');
  });

  test('is kept apart from the whole page: its canonical URL names the passage', () => {
    const page = captureArticle(parsePage(PAGE), 'https://pottery.example/kiln');
    const selection = captureSelection(parsePage(PAGE), 'https://pottery.example/kiln', '<p>Hold the kiln at cone 6 for ten minutes.</p>');
    expect(page.canonicalUrl).toBe('https://pottery.example/kiln?utm=x');
    expect(selection.canonicalUrl).toBe('https://pottery.example/kiln?utm=x#:~:text=Hold%20the%20kiln%20at%20cone%206%20for%20ten%20minutes.');
  });

  test('keeps code blocks with their language', () => {
    const capture = captureSelection(parsePage(PAGE), 'https://pottery.example/kiln', '<pre class="language-python"><code>print("hi")</code></pre>');
    expect(capture.html).toContain('<code class="language-python">print("hi")</code></pre>');
  });

  test.each(['', '   ', '<img src="a.png">', '<script>alert(1)</script>'])('a selection without text (%j) is "nothing to save"', (html) => {
    expect(() => captureSelection(parsePage(PAGE), 'https://pottery.example/kiln', html)).toThrow(NothingToSaveError);
  });
});

describe('the passage link', () => {
  test('names a long passage by its first and last five words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(passageUrl('https://a.example/p', text)).toBe('https://a.example/p#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });

  test('encodes the characters a text directive uses as syntax', () => {
    expect(passageUrl('https://a.example/p#old', 'well-known, a & b')).toBe('https://a.example/p#:~:text=well%2Dknown%2C%20a%20%26%20b');
  });

  test('cuts a passage without spaces (Chinese) by characters', () => {
    expect(passageUrl('https://a.example/p', '用上下文取消后台任务的三条规矩')).toBe(
      `https://a.example/p#:~:text=${encodeURIComponent('用上下文取')},${encodeURIComponent('任务的三条规矩'.slice(-5))}`,
    );
  });
});
