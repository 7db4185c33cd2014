import type { ExportOutcome } from '../shared/messages';
import { jekyll, renderPost } from '../core/presets';
import { PostArchive } from '../core/export/zip';
import { openLibrary } from '../store/db';
import { forEachArticle, getArticle } from '../store/library';
import { downloadFile } from './downloads';

/** Downloads one article as a Jekyll post, `YYYY-MM-DD-slug.md`. */
export async function exportArticle(id: string): Promise<ExportOutcome> {
  const db = await openLibrary();
  const article = await getArticle(db, id);
  db.close();
  if (!article) throw new Error('That article is no longer in your library.');
  const post = renderPost(jekyll, article.record, article.body.markdown, article.body.text);
  const fileName = post.path.split('/').pop()!;
  await downloadFile(fileName, new Blob([post.content], { type: 'text/markdown' }));
  return { fileName, count: 1 };
}

/** Downloads every article as Jekyll posts under `_posts/` in one zip. */
export async function exportAll(): Promise<ExportOutcome> {
  const db = await openLibrary();
  const archive = new PostArchive();
  const count = await forEachArticle(db, (record, body) => {
    archive.add(renderPost(jekyll, record, body.markdown, body.text));
  });
  db.close();
  if (!count) throw new Error('Your library is empty: save an article first.');
  const day = new Date().toISOString().slice(0, 10);
  const fileName = `keepmark-library-${day}.zip`;
  await downloadFile(fileName, new Blob(archive.finish() as BlobPart[], { type: 'application/zip' }));
  return { fileName, count };
}
