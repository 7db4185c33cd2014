import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/keepmark';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name, 'source.html');
let out: string;
let err: string;
let dir: string;

beforeEach(() => {
  out = '';
  err = '';
  dir = mkdtempSync(join(tmpdir(), 'keepmark-cli-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('keepmark convert', () => {
  test('prints a Jekyll post for a page, reading the URL from the fixture comment', async () => {
    expect(await main(['convert', fixture('csdn-article')])).toBe(0);
    expect(out).toMatch(/^---\nlayout: post\ntitle: "用 Go 的 context 优雅地取消后台任务"\ndate: 2023-06-12 09:41:07 \+0800\n/);
    expect(out).toContain('artid: "131200457"');
  });

  test('--format json gives the fields the corpus tools read; .html.gz is read too', async () => {
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('personal-blog'))));
    expect(await main(['convert', '--format', 'json', '--url', 'https://notes.example.org/a', gz])).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['title', 'byline', 'published', 'siteName', 'url', 'lang', 'description', 'tags', 'markdown', 'text']);
    expect(json).toMatchObject({ title: 'A rate limiter in forty lines', byline: 'Robin Okafor', url: 'https://notes.example.org/a', published: '2024-03-09T18:30:00-05:00' });
    expect(json.text).toContain('A bucket holds up to capacity tokens');
  });

  test('--out writes one post per page at its Jekyll path, _posts/YYYY-MM-DD-slug.md', async () => {
    expect(await main(['convert', '--out', dir, fixture('csdn-article'), fixture('personal-blog')])).toBe(0);
    expect(readdirSync(join(dir, '_posts')).sort()).toEqual(['2023-06-12-用-go-的-context-优雅地取消后台任务.md', '2024-03-09-a-rate-limiter-in-forty-lines.md']);
  });

  test('--manifest writes one JSON line per page in order; a failing page gives an error line and the run goes on', async () => {
    const manifest = join(dir, 'list.jsonl');
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body></body></html>');
    writeFileSync(manifest, [fixture('personal-blog'), join(dir, 'missing.html'), empty].map((file) => JSON.stringify({ file, url: 'https://example.org/x' })).join('\n') + '\n');
    expect(await main(['convert', '--manifest', manifest, '--format', 'jsonl'])).toBe(0);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ title: 'A rate limiter in forty lines' });
    expect(typeof lines[0].ms).toBe('number');
    expect(lines[1].error).toMatch(/no such file/);
    expect(lines[2].error).toMatch(/no article text/);
  });

  test('bad usage says what is wrong and exits 2', async () => {
    expect(await main(['convert', '--format', 'pdf', fixture('csdn-article')])).toBe(2);
    expect(err).toContain('--format must be md or json');
    expect(await main(['publish'])).toBe(2);
    expect(err).toContain('unknown command "publish"');
  });

  test('a missing file is reported and makes the exit code 1', async () => {
    expect(await main(['convert', join(dir, 'nope.html')])).toBe(1);
    expect(err).toMatch(/nope\.html: .*no such file/);
  });

  test('--preset picks the front matter; with --out the file goes to the preset’s path, folders made', async () => {
    expect(await main(['convert', '--preset', 'hugo', fixture('personal-blog')])).toBe(0);
    expect(out).toMatch(/^---\ntitle: "A rate limiter in forty lines"\ndate: 2024-03-09T18:30:00-05:00\ndraft: false\n/);
    out = '';
    expect(await main(['convert', '--preset', 'plain', fixture('personal-blog')])).toBe(0);
    expect(out.startsWith('---')).toBe(false);
    for (const preset of ['hugo', 'hexo', 'obsidian', 'plain']) {
      expect(await main(['convert', '--preset', preset, '--out', join(dir, preset), fixture('personal-blog')])).toBe(0);
    }
    expect(readFileSync(join(dir, 'hugo/content/posts/a-rate-limiter-in-forty-lines/index.md'), 'utf8')).toContain('draft: false');
    expect(readFileSync(join(dir, 'hexo/source/_posts/a-rate-limiter-in-forty-lines.md'), 'utf8')).toContain('date: 2024-03-09 18:30:00\n');
    expect(readFileSync(join(dir, 'obsidian/A rate limiter in forty lines.md'), 'utf8')).toContain('published: 2024-03-09\n');
    expect(readdirSync(join(dir, 'plain'))).toEqual(['a-rate-limiter-in-forty-lines.md']);
  });

  test('an unknown --preset is a usage error that lists the presets', async () => {
    expect(await main(['convert', '--preset', 'wordpress', fixture('csdn-article')])).toBe(2);
    expect(err).toContain('--preset must be one of jekyll, hugo, hexo, obsidian, plain, not "wordpress".');
    expect(out).toBe('');
  });
});
