import { describe, expect, test } from 'vitest';
import { chinaTime, chinaTimeAt, toChinaTime, unwrapRedirects } from '../../../src/core/extract/adapters/helpers';
import { parsePage } from '../../../src/core/pipeline';

describe('adapter helpers', () => {
  test('chinaTime reads dotted stamps as Beijing time', () => {
    expect(chinaTime('2023.06.11 20:05:31')).toBe('2023-06-11T20:05:31+08:00');
  });

  test('chinaTimeAt states an instant in +08:00', () => {
    expect(chinaTimeAt(Date.UTC(2023, 5, 12, 17, 30, 5))).toBe('2023-06-13T01:30:05+08:00');
    expect(chinaTimeAt(Number.NaN)).toBeNull();
  });

  test('toChinaTime moves ISO instants to +08:00 and reads bare stamps as Beijing time', () => {
    expect(toChinaTime('2023-06-12T01:41:22.000Z')).toBe('2023-06-12T09:41:22+08:00');
    expect(toChinaTime('2023-06-12 09:41')).toBe('2023-06-12T09:41:00+08:00');
  });

  test('unwrapRedirects points redirector links at their target and leaves others alone', () => {
    const doc = parsePage(
      '<div><a href="https://link.zhihu.com/?target=https%3A//example.org/a%3Fb%3D1" title="https://example.org/a?b=1">x</a>' +
        '<a href="/search?target=https%3A//example.org/">y</a><a href="https://link.zhihu.com/?target=javascript%3Aalert(1)">z</a></div>',
    );
    unwrapRedirects(doc, 'link.zhihu.com', 'target');
    const links = [...doc.querySelectorAll('a')];
    expect(links[0].getAttribute('href')).toBe('https://example.org/a?b=1');
    expect(links[0].hasAttribute('title')).toBe(false);
    expect(links[1].getAttribute('href')).toBe('/search?target=https%3A//example.org/');
    expect(links[2].getAttribute('href')).toBe('https://link.zhihu.com/?target=javascript%3Aalert(1)');
  });
});
