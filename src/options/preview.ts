// What the options page shows, worked out without the DOM: the preview of one article under the
// settings being edited, and the problems of every preset, each tied to its field.
import { markdownForExport } from '../core/article';
import { customisedPreset, placePost, presetById, renderPost, type PresetId, type PresetProblem } from '../core/presets';
import type { ArticleBody, ArticleRecord } from '../core/types';
import { itemsFromSettings, SettingsTooLarge, type PresetSettings, type Settings } from '../shared/settings';

/** How much of the body the preview shows. */
const BODY_LINES = 24;

export interface Preview {
  path: string;
  imageFolder: string;
  /** The post's text from its start: front matter, then the first lines of the body. */
  text: string;
}

export type PreviewResult = { ok: true; preview: Preview } | { ok: false; problems: PresetProblem[] };

/** The post `article` becomes under preset `id` with the fields `edited`, or what is wrong with them. */
export function previewPost(id: PresetId, edited: PresetSettings, article: { record: ArticleRecord; body: ArticleBody }, highlight: boolean): PreviewResult {
  const result = customisedPreset(presetById(id)!, edited);
  if (!result.ok) return result;
  const { preset } = result;
  const markdown = markdownForExport(article.record, article.body, preset.markdownStyle, highlight);
  const post = renderPost(preset, article.record, markdown, article.body.text);
  // The front matter whole, then the start of the body.
  const end = post.content.startsWith('---\n') ? post.content.indexOf('\n---\n', 3) + 5 : 0;
  const body = post.content.slice(end).split('\n');
  const text = post.content.slice(0, end) + (body.length > BODY_LINES ? [...body.slice(0, BODY_LINES), '…'].join('\n') : body.join('\n'));
  return { ok: true, preview: { path: post.path, imageFolder: placePost(preset, article.record).imageFolder, text } };
}

/** Why the settings of preset `id` cannot be saved for their size, or null when they fit browser sync's quota. */
export function sizeProblemOf(settings: Settings, id: PresetId): PresetProblem | null {
  try {
    itemsFromSettings(settings);
    return null;
  } catch (error) {
    if (!(error instanceof SettingsTooLarge) || error.preset !== id) return null;
    return { field: 'frontMatterTemplate', message: error.message };
  }
}

/** Every problem that stops `settings` from being saved, by preset; a size beyond sync's quota included. */
export function problemsOf(settings: Settings): { preset: PresetId | null; problems: PresetProblem[] }[] {
  const out: { preset: PresetId | null; problems: PresetProblem[] }[] = [];
  for (const [id, fields] of Object.entries(settings.presets) as [PresetId, PresetSettings][]) {
    const result = customisedPreset(presetById(id)!, fields);
    if (!result.ok) out.push({ preset: id, problems: result.problems });
  }
  try {
    itemsFromSettings(settings);
  } catch (error) {
    if (!(error instanceof SettingsTooLarge)) throw error;
    out.push({ preset: error.preset ?? null, problems: [{ field: 'frontMatterTemplate', message: error.message }] });
  }
  return out;
}
