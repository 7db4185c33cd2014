// A bench entry bundled for a browser page: one self-running script, read back as text for
// `page.addScriptTag` or `page.evaluate`. Built in a temporary folder that is removed after.
import { build } from 'vite';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function browserBundle(entry: URL): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'keepmark-bench-bundle-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir, minify: false, lib: { entry: entry.pathname, formats: ['iife'], name: 'keepmarkBenchBundle', fileName: () => 'bundle.js' } },
    });
    return await readFile(join(outDir, 'bundle.js'), 'utf8');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
