import { describe, expect, test } from 'vitest';
import { checkImage, sniffImageType } from '../../../../src/core/images/sniff';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffImageType', () => {
  test.each([
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['image/gif', text('GIF89a....')],
    ['image/webp', text('RIFF\0\0\0\0WEBPVP8 ')],
    ['image/avif', text('\0\0\0\x1cftypavif\0\0\0\0')],
    ['image/svg+xml', text('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
  ])('%s', (type, data) => expect(sniffImageType(data)).toBe(type));

  test('HTML, JSON and empty files are not images', () => {
    expect(sniffImageType(text('<!doctype html><title>403</title>'))).toBeNull();
    expect(sniffImageType(text('{"error":"hotlink"}'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('checkImage', () => {
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  test('keeps the declared image type when the bytes are an image', () => {
    expect(checkImage(png, 'image/png; charset=binary')).toEqual({ ok: true, type: 'image/png' });
  });
  test('an image served with a generic type is stored under the type its bytes show', () => {
    expect(checkImage(png, 'application/octet-stream')).toEqual({ ok: true, type: 'image/png' });
    expect(checkImage(png, null)).toEqual({ ok: true, type: 'image/png' });
  });
  test('a page instead of an image is refused with the type it came as', () => {
    expect(checkImage(text('<html>Forbidden</html>'), 'text/html; charset=utf-8')).toEqual({ ok: false, reason: 'not an image: the server sent text/html' });
  });
  test('a file labelled as an image whose bytes are not one is refused', () => {
    expect(checkImage(text('<html>Forbidden</html>'), 'image/png')).toEqual({ ok: false, reason: 'labelled image/png but the file is not an image' });
    expect(checkImage(new Uint8Array(), 'image/png')).toEqual({ ok: false, reason: 'the server sent an empty file' });
  });
});
