import { expect, test } from 'vitest';
import { decodeHtml } from '../../../src/core/decode-html';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const NIHAO_GBK = [0xc4, 0xe3, 0xba, 0xc3];

test('the Content-Type charset wins over the page\'s own', () => {
  expect(decodeHtml(bytes('<meta charset="utf-8"><p>', NIHAO_GBK), 'text/html; charset=GBK')).toBe('<meta charset="utf-8"><p>你好');
});

test.each([
  ['<meta charset="gbk">', 'gbk'],
  ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb2312'],
])('a page that declares its charset in %s is decoded by it', (meta) => {
  expect(decodeHtml(bytes(meta, '<p>', NIHAO_GBK), 'text/html')).toContain('<p>你好');
});

test('UTF-8 when nothing is declared, and for a label no decoder knows', () => {
  expect(decodeHtml(bytes('<p>你好'), null)).toBe('<p>你好');
  expect(decodeHtml(bytes('<p>你好'), 'text/html; charset=no-such-charset')).toBe('<p>你好');
});
