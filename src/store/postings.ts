/**
 * The packed form of one index segment: the articles of one block (BLOCK consecutive article
 * numbers) that hold one term, with the term's weight in each. Article numbers ascend and are
 * stored as gaps, each a varint whose low bit says whether a weight byte follows; the weight is
 * quantised to log(1 + tf) in sixteenths (1 byte), and the most common one — a term met once in
 * the text — is not written at all. A common word thus costs about one byte per article.
 */

export const BLOCK = 512;

/** Article number → quantised weight. */
export type Postings = Map<number, number>;

const STEPS = 16;
const MAX_WEIGHT = 127;
/** The weight of a term met once in the text, the most frequent by far: implied, not stored. */
const ONCE = quantise(1);

export function quantise(tf: number): number {
  return Math.min(MAX_WEIGHT, Math.max(1, Math.round(Math.log1p(tf) * STEPS)));
}

/** The score contribution of a quantised weight: log(1 + tf) back, to 1/16. */
export function weightOf(q: number): number {
  return q / STEPS;
}

export const blockOf = (no: number) => Math.floor(no / BLOCK);

export function encode(block: number, postings: Postings): Uint8Array {
  const out: number[] = [];
  let previous = block * BLOCK - 1;
  for (const no of [...postings.keys()].sort((a, b) => a - b)) {
    const q = postings.get(no)!;
    let v = (no - previous) * 2 + (q === ONCE ? 0 : 1);
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
    if (q !== ONCE) out.push(q);
    previous = no;
  }
  return Uint8Array.from(out);
}

/** Calls `visit` with each article number and weight of a segment, ascending. */
export function decode(block: number, bytes: Uint8Array, visit: (no: number, q: number) => void): void {
  let previous = block * BLOCK - 1;
  let i = 0;
  while (i < bytes.length) {
    let v = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[i++]!;
      v += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    previous += Math.floor(v / 2);
    visit(previous, v & 1 ? bytes[i++]! : ONCE);
  }
}
