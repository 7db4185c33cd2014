// Keepmark's settings: typed from their defaults, stored in `storage.sync` one item per preset (the
// browser keeps at most 8 KB per item), each older stored shape brought up to date by a migration.
// No browser import: the storage area is passed in, so all of this runs in unit tests.
import { markdownForExport } from '../core/article';
import { MARKDOWN_STYLE_CHOICES, PRESETS, customisedPreset, presetById, renderPost, type MarkdownStyle, type PostFile, type Preset, type PresetId } from '../core/presets';
import type { ArticleBody, ArticleRecord } from '../core/types';

/** What a user can change in one preset. */
export interface PresetSettings {
  frontMatterTemplate: string;
  fileNameTemplate: string;
  imageFolder: string;
  markdownStyle: MarkdownStyle;
}

export const SETTINGS_VERSION = 1;

function presetDefaults(preset: Preset): PresetSettings {
  const { frontMatterTemplate, fileNameTemplate, imageFolder, markdownStyle } = preset;
  return { frontMatterTemplate, fileNameTemplate, imageFolder, markdownStyle: { ...markdownStyle } };
}

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  /** The preset the popup's export uses. */
  exportPreset: 'jekyll' as PresetId,
  /** `<mark>` as `==…==` (else kept as HTML). */
  highlight: true,
  /** The most an article's saved images may take together, in MB. */
  imageCapMB: 50,
  presets: Object.fromEntries(PRESETS.map((preset) => [preset.id, presetDefaults(preset)])) as Record<PresetId, PresetSettings>,
};

export type Settings = typeof DEFAULT_SETTINGS;

export const IMAGE_CAP_RANGE = { min: 1, max: 1024 } as const;

/** Fresh defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

// ---- Stored shape ----------------------------------------------------------------------------

/** What `storage.sync` holds: the general item, and one item per preset the user changed. */
export type StoredItems = Record<string, unknown>;

export const GENERAL_KEY = 'settings';
export const presetKey = (id: PresetId) => `preset.${id}`;

/**
 * Each step turns the items stored by version i into those of version i + 1. Version 0 is a
 * library from before settings existed: nothing is stored, and every default holds.
 */
export const MIGRATIONS: ((items: StoredItems) => StoredItems)[] = [
  (items) => ({ ...items, [GENERAL_KEY]: { version: 1 } }),
];

function storedVersion(items: StoredItems): number {
  const general = items[GENERAL_KEY];
  const version = general && typeof general === 'object' ? (general as { version?: unknown }).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Brings stored items up to `SETTINGS_VERSION` through `migrations`; a newer version than known is read as it is. */
export function migrate(items: StoredItems, migrations = MIGRATIONS): StoredItems {
  let out = items;
  for (let version = storedVersion(items); version < migrations.length; version++) out = migrations[version](out);
  return out;
}

// ---- Reading: anything missing or malformed keeps its default ---------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function pick<T>(value: unknown, fallback: T, valid: (value: unknown) => boolean): T {
  return valid(value) ? (value as T) : fallback;
}

function readStyle(value: unknown, fallback: MarkdownStyle): MarkdownStyle {
  const stored = isRecord(value) ? value : {};
  const style = { ...fallback };
  for (const key of Object.keys(MARKDOWN_STYLE_CHOICES) as (keyof MarkdownStyle)[]) {
    style[key] = pick(stored[key], fallback[key], (v) => (MARKDOWN_STYLE_CHOICES[key] as readonly unknown[]).includes(v)) as never;
  }
  return style;
}

function readPreset(value: unknown, fallback: PresetSettings): PresetSettings {
  const stored = isRecord(value) ? value : {};
  const text = (v: unknown) => typeof v === 'string';
  return {
    frontMatterTemplate: pick(stored.frontMatterTemplate, fallback.frontMatterTemplate, text),
    fileNameTemplate: pick(stored.fileNameTemplate, fallback.fileNameTemplate, text),
    imageFolder: pick(stored.imageFolder, fallback.imageFolder, text),
    markdownStyle: readStyle(stored.markdownStyle, fallback.markdownStyle),
  };
}

/** The settings that stored items (of any version) hold. */
export function settingsFromItems(items: StoredItems): Settings {
  const current = migrate(items);
  const general = isRecord(current[GENERAL_KEY]) ? current[GENERAL_KEY] : {};
  const defaults = defaultSettings();
  const cap = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= IMAGE_CAP_RANGE.min && v <= IMAGE_CAP_RANGE.max;
  return {
    version: SETTINGS_VERSION,
    exportPreset: pick(general.exportPreset, defaults.exportPreset, (v) => typeof v === 'string' && !!presetById(v)),
    highlight: pick(general.highlight, defaults.highlight, (v) => typeof v === 'boolean'),
    imageCapMB: pick(general.imageCapMB, defaults.imageCapMB, cap),
    presets: Object.fromEntries(PRESETS.map(({ id }) => [id, readPreset(current[presetKey(id)], defaults.presets[id])])) as Settings['presets'],
  };
}

// ---- Writing: one item per changed preset, within sync's quotas -------------------------------

/** Chrome's and Firefox's `storage.sync` limits: bytes of key + JSON value per item, and of all items. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 } as const;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const count = (n: number) => n.toLocaleString('en');
export const itemBytes = (key: string, value: unknown) => bytes(key) + bytes(JSON.stringify(value));

/** Settings too large for `storage.sync`, with a message saying what to shorten. */
export class SettingsTooLarge extends Error {
  override name = 'SettingsTooLarge';
  constructor(
    message: string,
    readonly preset?: PresetId,
  ) {
    super(message);
  }
}

const samePreset = (a: PresetSettings, b: PresetSettings) => JSON.stringify(a) === JSON.stringify(b);

/** The items to store (a preset left at its defaults takes no item) and the keys to remove; throws `SettingsTooLarge`. */
export function itemsFromSettings(settings: Settings): { set: StoredItems; remove: string[] } {
  const { presets, ...general } = settings;
  const set: StoredItems = { [GENERAL_KEY]: { ...general, version: SETTINGS_VERSION } };
  const remove: string[] = [];
  for (const preset of PRESETS) {
    const key = presetKey(preset.id);
    if (samePreset(presets[preset.id], DEFAULT_SETTINGS.presets[preset.id])) {
      remove.push(key);
      continue;
    }
    const size = itemBytes(key, presets[preset.id]);
    if (size > SYNC_QUOTA.perItem) {
      const t = presets[preset.id];
      const parts = `front matter template ${count(bytes(t.frontMatterTemplate))} bytes, file name ${count(bytes(t.fileNameTemplate))}, image folder ${count(bytes(t.imageFolder))}`;
      throw new SettingsTooLarge(
        `The ${preset.label} settings are too large to save: ${count(size)} bytes, and browser sync keeps at most ${count(SYNC_QUOTA.perItem)} per preset (${parts}). Shorten the front matter template.`,
        preset.id,
      );
    }
    set[key] = presets[preset.id];
  }
  // No total check: one item per preset plus the general one stays far below the 100 KB in all.
  return { set, remove };
}

// ---- The storage area ------------------------------------------------------------------------

/** The part of `browser.storage.sync` settings use. */
export interface SettingsArea {
  get(keys: string[]): Promise<StoredItems>;
  set(items: StoredItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const allKeys = () => [GENERAL_KEY, ...PRESETS.map(({ id }) => presetKey(id))];

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return settingsFromItems(await area.get(allKeys()));
}

/** Stores `settings`; throws `SettingsTooLarge` (storing nothing) when they exceed sync's quota. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  const { set, remove } = itemsFromSettings(settings);
  await area.set(set);
  if (remove.length) await area.remove(remove);
}

// ---- What export and saving read --------------------------------------------------------------

/**
 * The preset `id` as the user set it up. Stored settings that no longer pass (a variable renamed
 * in a later version) give an error naming the problem, never a broken export.
 */
export function presetFromSettings(settings: Settings, id: PresetId = settings.exportPreset): Preset {
  const base = presetById(id);
  if (!base) throw new Error(`There is no export preset “${id}”.`);
  const result = customisedPreset(base, settings.presets[id]);
  if (!result.ok) throw new Error(`Your ${base.label} export settings need fixing on Keepmark's options page: ${result.problems.map((p) => p.message).join(' ')}`);
  return result.preset;
}

/**
 * How export writes articles under `settings`: as the export preset set up by the user, the body
 * in its Markdown style (the stored HTML converted again when that is not the default). Throws
 * the message of `presetFromSettings` when the stored templates no longer pass.
 */
export function exportRenderer(settings: Settings): (record: ArticleRecord, body: ArticleBody) => PostFile {
  const preset = presetFromSettings(settings);
  return (record, body) => renderPost(preset, record, markdownForExport(record, body, preset.markdownStyle, settings.highlight), body.text);
}

/** The per-article image cap in bytes, for the image downloader. */
export function imageCapBytes(settings: Settings): number {
  return settings.imageCapMB * 1024 * 1024;
}
