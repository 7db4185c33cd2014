import browser from '../shared/browser';
import { MARKDOWN_STYLE_CHOICES, PRESETS, presetById, type MarkdownStyle, type OverrideField, type PresetId, type PresetProblem } from '../core/presets';
import type { ArticleBody, ArticleRecord } from '../core/types';
import { openLibrary } from '../store/db';
import { getArticle, listArticles } from '../store/library';
import { DEFAULT_SETTINGS, IMAGE_CAP_RANGE, loadSettings, saveSettings, SettingsTooLarge, type SettingsArea, type Settings } from '../shared/settings';
import { previewPost, problemsOf, sizeProblemOf } from './preview';
import { SAMPLE_ARTICLE } from './sample-article';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const area: SettingsArea = browser.storage.sync;

const FIELDS: Record<Exclude<OverrideField, 'markdownStyle'>, string> = { frontMatterTemplate: 'front-matter', fileNameTemplate: 'file-name', imageFolder: 'image-folder' };
const STYLE_LABELS: Record<string, string> = { atx: '# Title', setext: 'Title / ===' };
const styleSelects = () => [...document.querySelectorAll<HTMLSelectElement>('select[data-style]')];

let settings: Settings;
let article: { record: ArticleRecord; body: ArticleBody } = SAMPLE_ARTICLE;

function option(value: string, label = value): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

function setStatus(text: string, tone: 'ok' | 'error' | '' = ''): void {
  $('status').textContent = text;
  $('status').className = tone;
}

function showError(id: string, message: string | undefined): void {
  $(`${id}-error`).textContent = message ?? '';
  $(`${id}-error`).hidden = !message;
  const input = document.getElementById(id);
  if (input) input.setAttribute('aria-invalid', String(!!message));
}

function showProblems(problems: PresetProblem[]): void {
  const messageFor = (field: OverrideField) => problems.filter((p) => p.field === field).map((p) => p.message).join('\n') || undefined;
  for (const [field, id] of Object.entries(FIELDS)) showError(id, messageFor(field as OverrideField));
  showError('style', messageFor('markdownStyle'));
}

const shown = (): PresetId => settings.exportPreset;

/** The form's fields into the settings of the preset shown. */
function readForm(): void {
  const fields = settings.presets[shown()];
  fields.frontMatterTemplate = $<HTMLTextAreaElement>('front-matter').value;
  fields.fileNameTemplate = $<HTMLInputElement>('file-name').value;
  fields.imageFolder = $<HTMLInputElement>('image-folder').value;
  for (const select of styleSelects()) (fields.markdownStyle as unknown as Record<string, string>)[select.dataset.style!] = select.value;
  settings.highlight = $<HTMLInputElement>('highlight').checked;
}

/** The settings into the form. */
function fillForm(): void {
  const id = shown();
  const fields = settings.presets[id];
  $<HTMLSelectElement>('preset').value = id;
  $('preset-legend').textContent = `${presetById(id)!.label} settings`;
  $<HTMLTextAreaElement>('front-matter').value = fields.frontMatterTemplate;
  $<HTMLInputElement>('file-name').value = fields.fileNameTemplate;
  $<HTMLInputElement>('image-folder').value = fields.imageFolder;
  for (const select of styleSelects()) select.value = fields.markdownStyle[select.dataset.style as keyof MarkdownStyle];
  $<HTMLInputElement>('highlight').checked = settings.highlight;
  $<HTMLInputElement>('image-cap').value = String(settings.imageCapMB);
}

/** The image cap typed in, or an error message. */
function readImageCap(): string | null {
  const value = Number($<HTMLInputElement>('image-cap').value);
  if (!Number.isInteger(value) || value < IMAGE_CAP_RANGE.min || value > IMAGE_CAP_RANGE.max) {
    return `Enter a whole number of MB from ${IMAGE_CAP_RANGE.min} to ${IMAGE_CAP_RANGE.max}.`;
  }
  settings.imageCapMB = value;
  return null;
}

/** Shows the preview of the fields as they stand, or keeps the last good one, dimmed, beside the errors. */
function update(): void {
  readForm();
  showError('image-cap', readImageCap() ?? undefined);
  const result = previewPost(shown(), settings.presets[shown()], article, settings.highlight);
  $('preview-text').closest('section')!.classList.toggle('stale', !result.ok);
  if (!result.ok) return showProblems(result.problems);
  const tooLarge = sizeProblemOf(settings, shown());
  showProblems(tooLarge ? [tooLarge] : []);
  $('preview-path').textContent = result.preview.path;
  $('preview-images').textContent = `${result.preview.imageFolder}/`;
  $('preview-text').textContent = result.preview.text;
}

async function save(): Promise<void> {
  update();
  const capError = readImageCap();
  const problems = problemsOf(settings);
  if (capError || problems.length) {
    const named = problems.map(({ preset, problems: list }) => {
      const text = list.map((p) => p.message).join(' ');
      const label = preset ? presetById(preset)!.label : '';
      return label && !text.includes(label) ? `${label}: ${text}` : text;
    });
    return setStatus(`Not saved. ${[capError, ...named].filter(Boolean).join(' ')}`, 'error');
  }
  try {
    await saveSettings(area, settings);
    setStatus('Saved.', 'ok');
  } catch (error) {
    setStatus(error instanceof SettingsTooLarge ? `Not saved. ${error.message}` : `Not saved: ${(error as Error).message}`, 'error');
  }
}

function reset(): void {
  const id = shown();
  settings.presets[id] = structuredClone(DEFAULT_SETTINGS.presets[id]);
  settings.highlight = DEFAULT_SETTINGS.highlight;
  settings.imageCapMB = DEFAULT_SETTINGS.imageCapMB;
  fillForm();
  update();
  setStatus(`${presetById(id)!.label}, highlighting and the image limit are back to their defaults. Save to keep them.`);
}

/** The most recently saved article with its body, or null when the library is empty. */
async function newestArticle(): Promise<{ record: ArticleRecord; body: ArticleBody } | null> {
  const db = await openLibrary();
  try {
    const [newest] = await listArticles(db, 1);
    return newest ? await getArticle(db, newest.id) : null;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  $<HTMLSelectElement>('preset').append(...PRESETS.map((preset) => option(preset.id, preset.label)));
  for (const select of styleSelects()) {
    const key = select.dataset.style as keyof MarkdownStyle;
    select.append(...MARKDOWN_STYLE_CHOICES[key].map((choice) => option(choice, STYLE_LABELS[choice] ?? choice)));
  }
  settings = await loadSettings(area);
  const newest = await newestArticle().catch(() => null);
  if (newest) article = newest;
  $('preview-source').textContent = newest ? `Your most recent article: ${newest.record.title}` : 'A sample article (your library is empty).';
  fillForm();
  update();
  $('form').addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'preset') return;
    setStatus('');
    update();
  });
  $('preset').addEventListener('change', () => {
    readForm();
    settings.exportPreset = $<HTMLSelectElement>('preset').value as PresetId;
    fillForm();
    update();
    setStatus('');
  });
  $('form').addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  $('reset').addEventListener('click', reset);
}

main().catch((error) => setStatus(`Keepmark could not load its settings: ${(error as Error).message}`, 'error'));
