// Reading the extension's library from a test, and pages to save into it.
import type { BrowserContext, Page } from 'playwright-core';

export interface LibraryState {
  articles: Array<{ id: string; title: string; canonicalUrl: string }>;
  bodies: Array<{ id: string; markdown: string }>;
  /** Ids of the articles' texts (schema 7 on: kept apart from their bodies). */
  texts: Array<{ id: string }>;
  images: Array<{ articleId: string; url: string }>;
}

/**
 * Opens a tab on the extension's origin that runs none of its code (its manifest.json): the
 * library can be read there while the service worker is stopped, and no save is started.
 */
export async function libraryReader(context: BrowserContext, extensionId: string): Promise<{ read: () => Promise<LibraryState>; page: Page }> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  return { read: () => readLibraryIn(page), page };
}

/** The library as an extension page (`page`, on the extension's origin) sees it. */
export function readLibraryIn(page: Page): Promise<LibraryState> {
  return page.evaluate(
      () =>
        new Promise<LibraryState>((resolve, reject) => {
          const open = indexedDB.open('keepmark');
          // No library yet: leave creating it to Keepmark (an empty version-1 database would stop its upgrade).
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? resolve({ articles: [], bodies: [], texts: [], images: [] }) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            const names = ['articles', 'bodies', 'texts', 'images'].filter((name) => db.objectStoreNames.contains(name));
            if (names.length === 0) return db.close(), resolve({ articles: [], bodies: [], texts: [], images: [] });
            const tx = db.transaction(names);
            const all = (name: string) => new Promise<any[]>((ok) => {
              if (!names.includes(name)) return ok([]);
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => ok(req.result);
            });
            Promise.all([all('articles'), all('bodies'), all('texts'), all('images')]).then(([articles, bodies, texts, images]) => {
              db.close();
              resolve({
                articles: articles.map(({ id, title, canonicalUrl }) => ({ id, title, canonicalUrl })),
                bodies: bodies.map(({ id, markdown }) => ({ id, markdown })),
                texts: texts.map(({ id }) => ({ id })),
                images: images.map(({ articleId, url }) => ({ articleId, url })),
              });
            });
          };
        }),
  );
}

/** What is half-saved in the library: records without a body or text, bodies, texts or images without a record. */
export function halfSaved(state: LibraryState): string[] {
  const records = new Set(state.articles.map((a) => a.id));
  const bodies = new Set(state.bodies.map((b) => b.id));
  const texts = new Set(state.texts.map((t) => t.id));
  return [
    ...state.articles.filter((a) => !bodies.has(a.id)).map((a) => `record without body: ${a.title}`),
    ...state.articles.filter((a) => !texts.has(a.id)).map((a) => `record without text: ${a.title}`),
    ...state.bodies.filter((b) => !records.has(b.id)).map((b) => `body without record: ${b.id}`),
    ...state.texts.filter((t) => !records.has(t.id)).map((t) => `text without record: ${t.id}`),
    ...state.images.filter((i) => !records.has(i.articleId)).map((i) => `image without record: ${i.url}`),
  ];
}

/** An article page of ordinary prose written for these tests; `n` makes its text and title its own. */
export function articlePage(n: number | string, title = `Field note number ${n}`): string {
  const para = (i: number) =>
    `<p>Note ${n}, paragraph ${i}: the morning was cold, so the kettle went on first and the notebook came out second. ` +
    `Writing the reading down before breakfast keeps the numbers honest, and the page fills up faster than expected.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/">Field notes</a></header>
<article><h1>${title}</h1>${Array.from({ length: 8 }, (_, i) => para(i + 1)).join('\n')}<p>Marker-${n}-end.</p></article>
<footer>Written for Keepmark's tests.</footer></body></html>`;
}
