// Builds the extension for Chromium and Firefox, their zip packages, and the CLI, with vite.
// Usage: node scripts/build.mjs
import { build } from 'vite';
import { cp, mkdir, readFile, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const stage = join(dist, '.stage');
const quiet = { logLevel: 'warn', configFile: false, root };
const shipped = { 'process.env.NODE_ENV': '"production"', __KEEPMARK_FAULT_POINTS__: 'false' };
// The reliability tests' build: the same code with its fault points live (src/shared/fault-points.ts). Never packaged.
const withFaultPoints = { ...shipped, __KEEPMARK_FAULT_POINTS__: 'true' };

/**
 * webextension-polyfill run as an ES module. Bundled as CommonJS, its default import goes through
 * an interop that reads the descriptor of every property it exports; in a browser with its own
 * `browser` object (Chromium 156, Firefox) that is the browser's, and reading them sets up every
 * API namespace: about 17 ms of the popup's opening, before anything is drawn. As ES module, the
 * import is the object itself.
 */
const polyfillAsModule = {
  name: 'keepmark:polyfill-as-module',
  transform(code, id) {
    if (!/webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
    return { code: `const module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
  },
};

/**
 * popup.html's own code is loaded by its first paint (src/popup/first-paint.ts) once that frame is
 * drawn: the module script vite writes into the page, and the modulepreload links that would fetch
 * its imports before that frame, become the address in the first-paint script's `data-module`.
 */
const popupAfterFirstPaint = {
  name: 'keepmark:popup-after-first-paint',
  transformIndexHtml: {
    order: 'post',
    handler(html, { path }) {
      if (!path.endsWith('/popup/popup.html')) return html;
      const module = html.match(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/);
      // Left as written by vite (its vite-ignore attribute), but for that attribute.
      const firstPaint = /<script src="\/popup-first-paint\.js"[^>]*>/;
      if (!module || !firstPaint.test(html)) throw new Error('popup.html: expected its module script and its first-paint script');
      return html
        .replace(module[0], '')
        .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
        .replace(firstPaint, `<script src="/popup-first-paint.js" data-module="${module[1]}">`);
    },
  },
};

/** One bundle per extension context. Pages keep their path (src/popup/popup.html) in the output. */
async function buildExtension(define) {
  await build({
    ...quiet,
    plugins: [polyfillAsModule, popupAfterFirstPaint],
    define,
    // Extension pages run in browsers that preload modules themselves: no modulepreload polyfill.
    build: { outDir: stage, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, rollupOptions: { input: { popup: join(root, 'src/popup/popup.html'), backup: join(root, 'src/popup/backup.html'), options: join(root, 'src/options/options.html'), reader: join(root, 'src/reader/reader.html') } } },
  });
  // Scripts the browser loads by name: the background worker (a module), and two classic scripts, the
  // content script and the popup's first paint.
  const scripts = [
    { entry: 'src/background/index.ts', formats: ['es'], fileName: 'background.js' },
    { entry: 'src/content/index.ts', formats: ['iife'], name: 'keepmarkContent', fileName: 'content.js' },
    { entry: 'src/popup/first-paint.ts', formats: ['iife'], name: 'keepmarkFirstPaint', fileName: 'popup-first-paint.js' },
  ];
  for (const { entry, formats, name, fileName } of scripts) {
    await build({
      ...quiet,
      plugins: [polyfillAsModule],
      define,
      build: { outDir: stage, emptyOutDir: false, target: 'es2022', lib: { entry: join(root, entry), formats, name, fileName: () => fileName } },
    });
  }
}

async function buildCli() {
  await build({
    ...quiet,
    build: { outDir: join(dist, 'cli'), emptyOutDir: true, target: 'node20', ssr: join(root, 'src/cli/keepmark.ts'), rollupOptions: { output: { entryFileNames: 'keepmark.js' } } },
  });
}

/** The one source manifest, with only the keys each browser reads. */
function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

async function filesUnder(dir) {
  const out = {};
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) out[relative(dir, path)] = new Uint8Array(await readFile(path));
  }
  return out;
}

async function copyBrowser(browser, source, dir) {
  await rm(dir, { recursive: true, force: true });
  await cp(stage, dir, { recursive: true });
  await cp(join(root, 'icons'), join(dir, 'icons'), { recursive: true });
  await cp(join(root, 'src/_locales'), join(dir, '_locales'), { recursive: true });
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, source), null, 2) + '\n');
}

async function packageBrowser(browser, source) {
  const dir = join(dist, browser);
  await copyBrowser(browser, source, dir);
  await writeFile(join(dist, `keepmark-${browser}.zip`), zipSync(await filesUnder(dir), { level: 9, mtime: new Date('2026-01-01') }));
}

const started = performance.now();
await mkdir(dist, { recursive: true });
await buildExtension(shipped);
const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
await packageBrowser('chrome', manifest);
await packageBrowser('firefox', manifest);
await buildExtension(withFaultPoints);
await copyBrowser('chrome', manifest, join(dist, 'test', 'chrome-faults'));
await rm(stage, { recursive: true, force: true });
await buildCli();
console.log(`Built dist/chrome, dist/firefox, dist/keepmark-chrome.zip, dist/keepmark-firefox.zip dist/cli and dist/test/chrome-faults in ${Math.round(performance.now() - started)} ms`);
