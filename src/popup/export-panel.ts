import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { ask } from '../shared/ask';
import { isExportProgress, type ExportFormat, type ExportOutcome } from '../shared/messages';
import { PRESETS, jekyll, presetById, renderPost, type PresetId } from '../core/presets';
import type { LibraryDB } from '../store/db';
import { getArticle } from '../store/library';

// The user's last choices, remembered by this page (the popup asks for no storage permission).
const PRESET_KEY = 'keepmark.exportPreset';
const FORMAT_KEY = 'keepmark.exportFormat';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, testId?: string): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  if (testId) (node as HTMLElement).dataset.testid = testId;
  return node;
}

let presetSelect: HTMLSelectElement;
let formatSelect: HTMLSelectElement;
let progress: HTMLProgressElement;
let progressText: HTMLSpanElement;

function presetId(): PresetId {
  return (presetById(presetSelect.value) ?? jekyll).id;
}

function showProgress(done: number, total: number): void {
  progress.parentElement!.hidden = done >= total;
  progress.max = total;
  progress.value = done;
  progressText.textContent = t('popupExportProgress', done, total);
}

/** Builds the export controls (preset, one-article format, progress bar) into `container`. */
export function initExportPanel(container: HTMLElement): void {
  presetSelect = el('select', { title: t('popupExportPresetTitle') }, 'export-preset');
  presetSelect.append(...PRESETS.map((preset) => el('option', { value: preset.id, textContent: preset.label })));
  presetSelect.value = presetById(localStorage.getItem(PRESET_KEY) ?? '')?.id ?? jekyll.id;
  presetSelect.addEventListener('change', () => localStorage.setItem(PRESET_KEY, presetSelect.value));

  formatSelect = el('select', { title: t('popupExportFormatTitle') }, 'export-format');
  formatSelect.append(el('option', { value: 'md', textContent: t('popupFormatMd') }), el('option', { value: 'zip', textContent: t('popupFormatZip') }));
  formatSelect.value = localStorage.getItem(FORMAT_KEY) === 'zip' ? 'zip' : 'md';
  formatSelect.addEventListener('change', () => localStorage.setItem(FORMAT_KEY, formatSelect.value));

  progress = el('progress', { value: 0, max: 1 }, 'export-progress');
  progressText = el('span');
  const progressRow = el('div', { className: 'export-progress', hidden: true });
  progressRow.append(progress, progressText);

  const labelled = (text: string, control: HTMLElement) => {
    const label = el('label', { textContent: `${text} ` });
    label.append(control);
    return label;
  };
  container.append(labelled(t('popupExportAs'), presetSelect), labelled(t('popupOneArticle'), formatSelect), progressRow);
  // The export runs in the background: it goes on if this popup closes, and a reopened popup picks up its progress.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isExportProgress(message)) showProgress(message.done, message.total);
    return undefined;
  });
}

/** Exports one article in the chosen preset and format. */
export function exportArticle(id: string): Promise<ExportOutcome> {
  return ask('exportArticle', { id, presetId: presetId(), format: formatSelect.value as ExportFormat });
}

/** Exports the chosen articles, or all, as one zip in the chosen preset; the list calls this with its selection. */
export async function exportArticles(ids: string[] | 'all'): Promise<ExportOutcome> {
  try {
    return await ask('exportArticles', { ids, presetId: presetId() });
  } finally {
    progress.parentElement!.hidden = true;
  }
}

/** Copies one article's Markdown, as the chosen preset writes it with images linked to the originals. */
export async function copyMarkdown(db: LibraryDB, id: string): Promise<void> {
  const article = await getArticle(db, id);
  if (!article) throw new Error(t('popupArticleGone'));
  const post = renderPost(presetById(presetId()) ?? jekyll, article.record, article.body.markdown, article.body.text);
  try {
    await navigator.clipboard.writeText(post.content);
  } catch (error) {
    throw new Error(t('popupClipboardRefused', (error as Error).message));
  }
}
