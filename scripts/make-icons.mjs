// Draws Keepmark's icon (a white bookmark with a down arrow on a green rounded square) as PNGs.
// Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [11, 110, 79];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Which colour covers point (x, y) of the unit square, or null for transparent. */
function colourAt(x, y) {
  const r = 0.2; // corner radius of the background square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Bookmark: a tall rectangle with a V notch cut from its bottom edge.
  const inBookmark = x >= 0.28 && x <= 0.72 && y >= 0.14 && y <= 0.86 && y <= 0.86 - 0.22 * (1 - Math.abs(x - 0.5) / 0.22);
  if (!inBookmark) return GREEN;
  // Down arrow inside the bookmark: a stem and a head.
  const stem = Math.abs(x - 0.5) <= 0.055 && y >= 0.24 && y <= 0.5;
  const head = y >= 0.42 && y <= 0.6 && Math.abs(x - 0.5) <= 0.15 * (1 - (y - 0.42) / 0.18);
  return stem || head ? GREEN : WHITE;
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = sum[3] || 1;
      rows.set([sum[0] / n, sum[1] / n, sum[2] / n, (255 * sum[3]) / SAMPLES ** 2].map(Math.round), o);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
