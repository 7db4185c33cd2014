import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { convertPage, type ConvertedPage } from '../core/pipeline';
import { PRESETS, presetById, type Preset } from '../core/presets';

const USAGE = `Usage:
  keepmark convert [--url URL] [--format md|json] [--preset NAME] [--out DIR] FILE...
  keepmark convert --manifest LIST.jsonl --format jsonl

FILE is a saved page (.html or .html.gz). The page URL comes from --url, else from a first-line
comment <!-- URL --> in the file, else the file's own path.
--preset is one of ${PRESETS.map((p) => p.id).join(', ')} (default jekyll): the front matter, and with
--out DIR the path of each file under DIR (a Jekyll post goes to DIR/_posts/YYYY-MM-DD-slug.md).`;

class UsageError extends Error {}

async function readPage(file: string): Promise<string> {
  const bytes = await readFile(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The page URL: given, else the one a fixture states in its first-line comment, else the file's. */
function pageUrl(html: string, file: string, given?: string): string {
  if (given) return given;
  const comment = html.match(/^\s*<!--\s*(https?:\/\/\S+)\s*-->/);
  return comment ? comment[1] : pathToFileURL(resolve(file)).href;
}

function convert(html: string, url: string, preset?: Preset): ConvertedPage {
  return convertPage(html, url, { id: randomUUID(), now: Date.now(), offset: -new Date().getTimezoneOffset() }, preset);
}

function summary({ capture, body }: ConvertedPage) {
  return {
    title: capture.title,
    byline: capture.byline,
    published: capture.published,
    siteName: capture.siteName,
    url: capture.url,
    lang: capture.lang,
    description: capture.description,
    tags: capture.tags,
    markdown: body.markdown,
    text: body.text,
  };
}

async function convertFiles(files: string[], format: string, preset: Preset, url?: string, out?: string): Promise<number> {
  if (!files.length) throw new UsageError('convert needs at least one FILE.');
  if (url && files.length > 1) throw new UsageError('--url applies to one FILE only.');
  let failures = 0;
  for (const file of files) {
    try {
      const html = await readPage(file);
      const page = convert(html, pageUrl(html, file, url), preset);
      const text = format === 'json' ? JSON.stringify(summary(page), null, 2) + '\n' : page.post.content;
      if (out) {
        const path = join(out, format === 'json' ? page.post.path.replace(/\.md$/, '.json') : page.post.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
        process.stderr.write(`${file} → ${path}\n`);
      } else {
        process.stdout.write(text);
      }
    } catch (error) {
      failures++;
      process.stderr.write(`keepmark: ${file}: ${(error as Error).message}\n`);
    }
  }
  return failures ? 1 : 0;
}

/** Corpus mode: one JSON line out per manifest line in, in order; a failing page gives `error`. */
async function convertManifest(manifest: string): Promise<number> {
  const lines = (await readFile(manifest, 'utf8')).split('\n').filter((l) => l.trim());
  for (const line of lines) {
    let entry: { file?: string; url?: string } = {};
    const started = performance.now();
    try {
      entry = JSON.parse(line);
      if (!entry.file) throw new Error('manifest line has no "file"');
      const html = await readPage(entry.file);
      const page = convert(html, pageUrl(html, entry.file, entry.url));
      process.stdout.write(JSON.stringify({ file: entry.file, ...summary(page), ms: performance.now() - started }) + '\n');
    } catch (error) {
      process.stdout.write(JSON.stringify({ file: entry.file ?? null, error: (error as Error).message, ms: performance.now() - started }) + '\n');
    }
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        manifest: { type: 'string' },
        preset: { type: 'string', default: 'jekyll' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...files] = positionals;
    if (values.help || !command) {
      process.stdout.write(USAGE + '\n');
      return values.help ? 0 : 2;
    }
    if (command !== 'convert') throw new UsageError(`unknown command "${command}".`);
    if (values.manifest) {
      if (values.format !== 'jsonl') throw new UsageError('--manifest writes --format jsonl.');
      return await convertManifest(values.manifest);
    }
    if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format must be md or json (jsonl goes with --manifest), not "${values.format}".`);
    const preset = presetById(values.preset);
    if (!preset) throw new UsageError(`--preset must be one of ${PRESETS.map((p) => p.id).join(', ')}, not "${values.preset}".`);
    return await convertFiles(files, values.format, preset, values.url, values.out);
  } catch (error) {
    process.stderr.write(`keepmark: ${(error as Error).message}\n${error instanceof UsageError ? '\n' + USAGE + '\n' : ''}`);
    return 2;
  }
}
