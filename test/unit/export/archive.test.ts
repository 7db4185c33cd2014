import { describe, expect, test } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { ExportArchive } from '../../../src/core/export/archive';
import { BlobSink } from '../../../src/core/export/blob-sink';

describe('ExportArchive', () => {
  test('claims free paths in the same folder and never writes two files at one path', () => {
    const archive = new ExportArchive(() => {});
    expect(archive.claim('a/b.png')).toBe('a/b.png');
    expect(archive.claim('a/B.png')).toBe('a/B-2.png');
    expect(archive.claim('a/b')).toBe('a/b');
    expect(archive.claim('a/b')).toBe('a/b-2');
    archive.addBytes('a/b.png', new Uint8Array([1]));
    expect(() => archive.addText('A/B.PNG', 'x')).toThrow(/Two files at A\/B.PNG/);
  });

  test('stores images as they are and deflates text', () => {
    const chunks: Uint8Array[] = [];
    const archive = new ExportArchive((chunk) => chunks.push(chunk));
    const image = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    archive.addBytes('i.png', image);
    archive.addText('p.md', 'word '.repeat(2000));
    archive.finish();
    const whole = new Uint8Array(Buffer.concat(chunks));
    // A stored entry holds its bytes as they are; the 10,000-byte text shrinks.
    expect(Buffer.from(whole).includes(Buffer.from(image))).toBe(true);
    expect(whole.length).toBeLessThan(5000 + 10_000);
    expect(unzipSync(whole)['p.md']).toEqual(strToU8('word '.repeat(2000)));
  });
});

describe('BlobSink', () => {
  test('gives back every byte, in order, across its 4 MiB parts', async () => {
    const out = new BlobSink();
    const chunks = Array.from({ length: 12 }, (_, n) => new Uint8Array(700_000).fill(n));
    for (const chunk of chunks) out.sink(chunk);
    const blob = out.blob();
    expect(blob.type).toBe('application/zip');
    expect(out.size).toBe(12 * 700_000);
    expect(Buffer.compare(Buffer.from(await blob.arrayBuffer()), Buffer.concat(chunks))).toBe(0);
  });
});
