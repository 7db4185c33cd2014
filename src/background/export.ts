import type { ExportOutcome } from '../shared/messages';
import { PostArchive } from '../core/export/zip';
import { openLibrary } from '../store/db';
import { forEachArticle, getArticle } from '../store/library';
import { downloadFile } from './downloads';
import browser from '../shared/browser';
import { exportRenderer, loadSettings } from '../shared/settings';

/** Renders posts as the export preset of the user's settings, in its Markdown style. */
const postRenderer = async () => exportRenderer(await loadSettings(browser.storage.sync));

/** Downloads one article as a post of the export preset (Jekyll's `YYYY-MM-DD-slug.md` by default). */
export async function exportArticle(id: string): Promise<ExportOutcome> {
  const render = await postRenderer();
  const db = await openLibrary();
  const article = await getArticle(db, id);
  db.close();
  if (!article) throw new Error('That article is no longer in your library.');
  const post = render(article.record, article.body);
  const fileName = post.path.split('/').pop()!;
  await downloadFile(fileName, new Blob([post.content], { type: 'text/markdown' }));
  return { fileName, count: 1 };
}

/** Downloads every article as posts of the export preset (Jekyll's under `_posts/` by default) in one zip. */
export async function exportAll(): Promise<ExportOutcome> {
  const render = await postRenderer();
  const db = await openLibrary();
  const archive = new PostArchive();
  const count = await forEachArticle(db, (record, body) => {
    archive.add(render(record, body));
  });
  db.close();
  if (!count) throw new Error('Your library is empty: save an article first.');
  const day = new Date().toISOString().slice(0, 10);
  const fileName = `keepmark-library-${day}.zip`;
  await downloadFile(fileName, new Blob(archive.finish() as BlobPart[], { type: 'application/zip' }));
  return { fileName, count };
}
