import { describe, expect, test } from 'vitest';
import { articleImageUrls } from '../../../../src/core/images/collect';
import { hostPattern } from '../../../../src/core/images/host-pattern';

describe('articleImageUrls', () => {
  test('lists every image the Markdown links, in reading order, each once, then the lead image', () => {
    const html = `
      <p><img src="https://img.example.com/a.png" alt="first"></p>
      <p><img src="data:image/gif;base64,R0lGOD" srcset="https://img.example.com/b-small.jpg 320w, https://img.example.com/b-large.jpg 1280w"></p>
      <picture><source srcset="https://img.example.com/c.webp"><img></picture>
      <p><img src="https://img.example.com/a.png" alt="again"></p>
      <img src="https://track.example.com/pixel.gif" width="1" height="1">
      <img src="javascript:alert(1)">
      <img src="data:image/png;base64,iVBORw0KGgo=">
      <img src="ftp://files.example.com/d.png">
      <img src="http://">
      <img src="https://exa mple.com/broken.png">`;
    expect(articleImageUrls(html, 'https://img.example.com/lead.jpg')).toEqual([
      'https://img.example.com/a.png',
      'https://img.example.com/b-large.jpg',
      'https://img.example.com/c.webp',
      'https://img.example.com/lead.jpg',
    ]);
  });

  test('a lead image that is also in the body is listed once; an article without images has none', () => {
    expect(articleImageUrls('<img src="https://img.example.com/a.png">', 'https://img.example.com/a.png')).toEqual(['https://img.example.com/a.png']);
    expect(articleImageUrls('<p>Only words.</p>', null)).toEqual([]);
  });
});

test('host access is asked for per host, whatever the port', () => {
  expect(hostPattern('http://127.0.0.1:8080/a.png')).toBe('http://127.0.0.1/*');
  expect(hostPattern('https://img-blog.csdnimg.cn/x/y.png?z=1')).toBe('https://img-blog.csdnimg.cn/*');
});
