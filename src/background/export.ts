import browser from '../shared/browser';
import type { ExportFormat, ExportOutcome, ExportProgress } from '../shared/messages';
import { renderPost, type Preset, type PresetId } from '../core/presets';
import { placePost } from '../core/presets/post';
import { ExportArchive } from '../core/export/archive';
import { BlobSink } from '../core/export/blob-sink';
import { writeExport } from '../core/export/posts';
import { openLibrary } from '../store/db';
import { articlesToExport, idsToExport } from '../store/export-source';
import { getArticle } from '../store/library';
import { downloadFile } from './downloads';
import { loadSettings, presetFromSettings, type Settings } from '../shared/settings';
import { markdownForExport } from '../core/article';

// Progress goes out at most this often, so a fast export does not flood the popup with messages.
const PROGRESS_EVERY_MS = 150;

/** The preset to export with, as the user set it up (the settings' export preset unless one is asked for). */
async function exportSetup(id: PresetId | undefined): Promise<{ preset: Preset; settings: Settings }> {
  // Settings are read before the library opens: no IndexedDB transaction waits on them.
  const settings = await loadSettings(browser.storage.sync);
  return { preset: presetFromSettings(settings, id ?? settings.exportPreset), settings };
}

/** Tells an open popup how far an export is; a closed popup misses it and the export goes on. */
function reportProgress(progress: Omit<ExportProgress, 'kind'>): void {
  browser.runtime.sendMessage({ kind: 'export-progress', ...progress } satisfies ExportProgress).catch(() => {});
}

/** Downloads one article: a `.md` whose images link to the originals, or a `.zip` with its kept images. */
export async function exportArticle(id: string, presetId?: PresetId, format: ExportFormat = 'md'): Promise<ExportOutcome> {
  const { preset, settings } = await exportSetup(presetId);
  const db = await openLibrary();
  try {
    const article = await getArticle(db, id);
    if (!article) throw new Error('That article is no longer in your library.');
    if (format === 'md') {
      const markdown = markdownForExport(article.record, article.body, preset.markdownStyle, settings.highlight);
      const post = renderPost(preset, article.record, markdown, article.body.text);
      const fileName = post.path.split('/').pop()!;
      await downloadFile(fileName, new Blob([post.content], { type: 'text/markdown' }));
      return { fileName, count: 1 };
    }
    // Named like the post, or like its folder when the post is a bundle's `index.md`.
    const [file, folder] = placePost(preset, article.record).path.split('/').reverse();
    const stem = file.replace(/\.md$/, '');
    return await downloadZip(`${stem === 'index' && folder ? folder : stem}.zip`, preset, settings, db, [id]);
  } finally {
    db.close();
  }
}

/** Downloads the chosen articles, or all, as one zip in `presetId`'s layout. */
export async function exportArticles(ids: string[] | 'all', presetId?: PresetId): Promise<ExportOutcome> {
  const { preset, settings } = await exportSetup(presetId);
  const db = await openLibrary();
  try {
    const chosen = await idsToExport(db, ids);
    if (!chosen.length) throw new Error(ids === 'all' ? 'Your library is empty: save an article first.' : 'Choose at least one article to export.');
    const day = new Date().toISOString().slice(0, 10);
    return await downloadZip(`keepmark-${ids === 'all' ? 'library' : 'articles'}-${day}.zip`, preset, settings, db, chosen);
  } finally {
    db.close();
  }
}

/** Downloads every article in one zip, as the settings' export preset. */
export function exportAll(): Promise<ExportOutcome> {
  return exportArticles('all');
}

async function downloadZip(fileName: string, preset: Preset, settings: Settings, db: Awaited<ReturnType<typeof openLibrary>>, ids: string[]): Promise<ExportOutcome> {
  const out = new BlobSink();
  const archive = new ExportArchive(out.sink);
  let sentAt = 0;
  reportProgress({ done: 0, total: ids.length });
  const summary = await writeExport(preset, articlesToExport(db, ids, (record, body) => markdownForExport(record, body, preset.markdownStyle, settings.highlight)), archive, (done) => {
    if (done === ids.length || Date.now() - sentAt >= PROGRESS_EVERY_MS) {
      sentAt = Date.now();
      reportProgress({ done, total: ids.length });
    }
  });
  archive.finish();
  if (!summary.articles) throw new Error(`None of the articles could be exported: ${summary.leftOut[0]?.reason ?? 'unknown reason'}.`);
  await downloadFile(fileName, out.blob());
  return { fileName, count: summary.articles, leftOut: summary.leftOut.length };
}
