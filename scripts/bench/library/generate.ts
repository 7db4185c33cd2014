/**
 * Deterministic generated articles for the library benchmark: 2–50 KB of text (UTF-8 bytes,
 * log-uniform, so most are short and a few long), Latin, Chinese or both mixed, a few tags each.
 * The words are made up from syllables; a few real ones ("retry", "配置文件") are mixed in so the
 * benchmark's queries have matches.
 */

import { seededRandom as random } from '../random';

const SYLLABLES = ['ka', 'lo', 're', 'tri', 'con', 'fig', 'ser', 'ver', 'da', 'ta', 'ble', 'in', 'dex', 'mo', 'du', 'le', 'pro', 'cess', 'net', 'work', 'ca', 'che', 'sto', 'rage', 'que', 'ry', 'ti', 'mer', 'han', 'dler'];
const LATIN_EXTRA = ['retry', 'retries', 'retrying', 'config', 'timeout', 'backoff', 'request', 'server', 'café', 'naïve'];
const CJK_EXTRA = ['配置文件', '重试', '服务器', '超时', '数据库', '索引'];
const TAGS = ['rust', 'go', 'web', 'database', 'linux', 'network', '前端', '后端', '算法', 'notes', 'howto', 'reading'];

export const MIN_BYTES = 2 * 1024;
export const MAX_BYTES = 50 * 1024;

function vocabulary(): { latin: string[]; cjk: string[] } {
  const rnd = random(7);
  const latin = new Set<string>(LATIN_EXTRA);
  while (latin.size < 6000) {
    const n = 1 + Math.floor(rnd() * 4);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    latin.add(word);
  }
  // 2,500 Han characters out of the common block, as a real text draws on a few thousand.
  const cjk = new Set<string>();
  while (cjk.size < 2500) cjk.add(String.fromCodePoint(0x4e00 + Math.floor(rnd() * 0x3000)));
  return { latin: [...latin], cjk: [...cjk] };
}

const VOCAB = vocabulary();

/** Zipf-like pick: low indexes far more often, as words are in real text. */
function zipf(rnd: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, rnd()) - 1));
}

export type Script = 'latin' | 'cjk' | 'mixed';

export interface GeneratedArticle {
  title: string;
  tags: string[];
  paragraphs: string[];
  /** The text's size in UTF-8 bytes (paragraphs joined by newlines). */
  bytes: number;
}

const encoder = new TextEncoder();

function sentence(rnd: () => number, script: 'latin' | 'cjk'): string {
  if (script === 'latin') {
    const words: string[] = [];
    const n = 6 + Math.floor(rnd() * 14);
    for (let i = 0; i < n; i++) words.push(rnd() < 0.01 ? LATIN_EXTRA[Math.floor(rnd() * LATIN_EXTRA.length)]! : VOCAB.latin[zipf(rnd, VOCAB.latin.length)]!);
    const s = words.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  }
  let s = '';
  const n = 10 + Math.floor(rnd() * 30);
  for (let i = 0; i < n; i++) s += rnd() < 0.02 ? CJK_EXTRA[Math.floor(rnd() * CJK_EXTRA.length)] : VOCAB.cjk[zipf(rnd, VOCAB.cjk.length)];
  return s + '。';
}

/** Article number `index` of the set made from `seed`: the same arguments always give the same article. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rnd = random(seed * 1_000_003 + index);
  const target = Math.round(MIN_BYTES * Math.pow(MAX_BYTES / MIN_BYTES, rnd()));
  const pick = rnd();
  const script: Script = pick < 0.45 ? 'latin' : pick < 0.75 ? 'cjk' : 'mixed';
  const paragraphs: string[] = [];
  let bytes = -1;
  while (true) {
    const kind = script === 'mixed' ? (rnd() < 0.5 ? 'latin' : 'cjk') : script;
    let p = '';
    const n = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) p += (p && kind === 'latin' ? ' ' : '') + sentence(rnd, kind);
    const size = encoder.encode(p).length + 1;
    if (bytes + size > target) {
      // Cut the last paragraph to land on the target size (never below the minimum).
      const room = target - bytes - 1;
      const chars = Array.from(p);
      let cut = '';
      let used = 0;
      for (const c of chars) {
        const b = encoder.encode(c).length;
        if (used + b > room) break;
        cut += c;
        used += b;
      }
      if (cut) {
        paragraphs.push(cut);
        bytes += used + 1;
      }
      break;
    }
    paragraphs.push(p);
    bytes += size;
  }
  const tags = new Set<string>();
  const nTags = 1 + Math.floor(rnd() * 4);
  while (tags.size < nTags) tags.add(TAGS[Math.floor(rnd() * TAGS.length)]!);
  const titleWords = script === 'latin' ? sentence(rnd, 'latin').slice(0, 60) : sentence(rnd, 'cjk').slice(0, 24);
  return { title: `${titleWords} #${index}`, tags: [...tags], paragraphs, bytes };
}
