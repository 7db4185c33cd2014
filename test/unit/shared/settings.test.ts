import { describe, expect, test } from 'vitest';
import { PRESETS, hugo, jekyll, renderPost } from '../../../src/core/presets';
import {
  DEFAULT_SETTINGS, GENERAL_KEY, exportRenderer, MIGRATIONS, SETTINGS_VERSION, SYNC_QUOTA, SettingsTooLarge, defaultSettings, imageCapBytes, itemBytes,
  itemsFromSettings, loadSettings, migrate, presetFromSettings, presetKey, saveSettings, settingsFromItems, type SettingsArea, type StoredItems,
} from '../../../src/shared/settings';
import { sample } from '../presets/article';

/** An in-memory `storage.sync` that refuses what the browser refuses: an item over 8 KB, over 100 KB in all. */
function syncArea(initial: StoredItems = {}): SettingsArea & { items: StoredItems } {
  const items: StoredItems = structuredClone(initial);
  return {
    items,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, structuredClone(items[k])]));
    },
    async set(next) {
      for (const [key, value] of Object.entries(next)) if (itemBytes(key, value) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const all = { ...items, ...next };
      if (Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0) > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(items, structuredClone(next));
    },
    async remove(keys) {
      for (const key of keys) delete items[key];
    },
  };
}

describe('settings: defaults and migrations', () => {
  test('the defaults are each preset’s own, Jekyll for export, ==highlight==, a 50 MB image cap', () => {
    expect(DEFAULT_SETTINGS.exportPreset).toBe('jekyll');
    expect(DEFAULT_SETTINGS.highlight).toBe(true);
    expect(DEFAULT_SETTINGS.imageCapMB).toBe(50);
    for (const preset of PRESETS) {
      expect(DEFAULT_SETTINGS.presets[preset.id]).toEqual({
        frontMatterTemplate: preset.frontMatterTemplate, fileNameTemplate: preset.fileNameTemplate, imageFolder: preset.imageFolder, markdownStyle: preset.markdownStyle,
      });
    }
  });

  test('there is one migration per version before the current one', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  // Each shape that an older Keepmark left in storage.sync, and the settings it must come to.
  const OLDER_SHAPES: { version: number; items: StoredItems; expect: (s: ReturnType<typeof settingsFromItems>) => void }[] = [
    // Version 0: Keepmark before settings existed stored nothing; its export was Jekyll, `<mark>` as ==…==.
    { version: 0, items: {}, expect: (s) => expect(s).toEqual(defaultSettings()) },
  ];

  test('every older version has a stored shape under test', () => {
    expect(OLDER_SHAPES.map((s) => s.version)).toEqual([...MIGRATIONS.keys()]);
  });

  test.each(OLDER_SHAPES)('version $version migrates to the current settings', ({ items, expect: check }) => {
    const migrated = migrate(items);
    expect((migrated[GENERAL_KEY] as { version: number }).version).toBe(SETTINGS_VERSION);
    check(settingsFromItems(items));
  });

  test('migrations run in order from the stored version, and only from there', () => {
    const steps = [
      (items: StoredItems) => ({ ...items, [GENERAL_KEY]: { version: 1, a: 1 } }),
      (items: StoredItems) => ({ ...items, [GENERAL_KEY]: { ...(items[GENERAL_KEY] as object), version: 2, b: 2 } }),
    ];
    expect(migrate({}, steps)[GENERAL_KEY]).toEqual({ version: 2, a: 1, b: 2 });
    expect(migrate({ [GENERAL_KEY]: { version: 1 } }, steps)[GENERAL_KEY]).toEqual({ version: 2, b: 2 });
    expect(migrate({ [GENERAL_KEY]: { version: 2, c: 3 } }, steps)[GENERAL_KEY]).toEqual({ version: 2, c: 3 });
  });

  test('a malformed or foreign value keeps its default; the rest is read', () => {
    const settings = settingsFromItems({
      [GENERAL_KEY]: { version: 1, exportPreset: 'wordpress', highlight: 'yes', imageCapMB: 5000 },
      [presetKey('hugo')]: { frontMatterTemplate: 'title: "{{title}}"', fileNameTemplate: 42, markdownStyle: { bulletListMarker: '*', fence: '"""' } },
      [presetKey('hexo')]: 'garbage',
    });
    expect(settings.exportPreset).toBe('jekyll');
    expect(settings.highlight).toBe(true);
    expect(settings.imageCapMB).toBe(50);
    expect(settings.presets.hugo).toEqual({ ...DEFAULT_SETTINGS.presets.hugo, frontMatterTemplate: 'title: "{{title}}"', markdownStyle: { ...DEFAULT_SETTINGS.presets.hugo.markdownStyle, bulletListMarker: '*' } });
    expect(settings.presets.hexo).toEqual(DEFAULT_SETTINGS.presets.hexo);
  });
});

describe('settings: storage.sync', () => {
  test('a save and a load give the same settings; only changed presets take an item', async () => {
    const area = syncArea();
    const settings = defaultSettings();
    settings.exportPreset = 'hugo';
    settings.imageCapMB = 12;
    settings.highlight = false;
    settings.presets.hugo.fileNameTemplate = 'content/{{slug}}.md';
    settings.presets.hugo.markdownStyle.headingStyle = 'setext';
    await saveSettings(area, settings);
    expect(Object.keys(area.items).sort()).toEqual([presetKey('hugo'), GENERAL_KEY]);
    expect(await loadSettings(area)).toEqual(settings);
  });

  test('a preset put back to its defaults loses its item', async () => {
    const area = syncArea();
    const settings = defaultSettings();
    settings.presets.jekyll.imageFolder = 'img';
    await saveSettings(area, settings);
    expect(area.items[presetKey('jekyll')]).toBeDefined();
    await saveSettings(area, defaultSettings());
    expect(area.items[presetKey('jekyll')]).toBeUndefined();
  });

  test('each preset fits in its own item: five large templates together are saved', async () => {
    const area = syncArea();
    const settings = defaultSettings();
    for (const preset of PRESETS) settings.presets[preset.id].frontMatterTemplate = `title: "{{title}}"\n# ${'x'.repeat(7000)}\n`;
    await saveSettings(area, settings);
    expect(await loadSettings(area)).toEqual(settings);
  });

  test('a template too large for one item is refused with a message naming the preset and the sizes; nothing is stored', async () => {
    const area = syncArea();
    const settings = defaultSettings();
    settings.presets.hugo.frontMatterTemplate = `title: "{{title}}"\n# ${'é'.repeat(4500)}\n`;
    await expect(saveSettings(area, settings)).rejects.toThrow(SettingsTooLarge);
    await expect(saveSettings(area, settings)).rejects.toThrow(/^The Hugo settings are too large to save: 9,\d{3} bytes, and browser sync keeps at most 8,192 per preset \(front matter template 9,\d{3} bytes, file name 31, image folder 22\)\. Shorten the front matter template\.$/);
    expect(area.items).toEqual({});
  });

  test('every item at its largest still fits sync’s total quota, so only the per-item quota needs checking', () => {
    const general = itemsFromSettings(defaultSettings()).set[GENERAL_KEY];
    expect(itemBytes(GENERAL_KEY, general) + PRESETS.length * SYNC_QUOTA.perItem).toBeLessThan(SYNC_QUOTA.total);
  });

  test('the quota is counted in UTF-8 bytes, as the browser counts it', () => {
    const settings = defaultSettings();
    // 3,000 CJK characters are 9,000 bytes: too large, though only 3,000 characters long.
    settings.presets.obsidian.frontMatterTemplate = `title: "{{title}}"\n# ${'字'.repeat(3000)}\n`;
    expect(() => itemsFromSettings(settings)).toThrow(/Obsidian settings are too large/);
  });
});

describe('settings: what export and saving read', () => {
  test('the export preset with the user’s overrides', () => {
    const settings = defaultSettings();
    settings.presets.jekyll.fileNameTemplate = '_posts/{{slug}}.md';
    expect(renderPost(presetFromSettings(settings), sample, 'Body', '').path).toBe('_posts/a-rate-limiter-in-forty-lines.md');
    expect(presetFromSettings(settings, 'hugo')).toEqual(hugo);
  });

  test('stored settings that no longer pass give an error naming the problem, never a broken export', () => {
    const settings = settingsFromItems({ [presetKey('jekyll')]: { ...DEFAULT_SETTINGS.presets.jekyll, frontMatterTemplate: 'title: {{headline}}' } });
    expect(() => presetFromSettings(settings)).toThrow(/^Your Jekyll \(Chirpy\) export settings need fixing on Keepmark's options page: Front matter template: unknown variable "headline"/);
    expect(jekyll.frontMatterTemplate).not.toContain('headline');
  });

  test('exportRenderer writes the export preset, restyling the body only when the style is not the default', () => {
    const body = { id: sample.id, html: '<ul><li>from html</li></ul>', markdown: '- stored markdown\n', text: '' };
    const settings = defaultSettings();
    settings.exportPreset = 'plain';
    expect(exportRenderer(settings)(sample, body)).toEqual({ path: 'a-rate-limiter-in-forty-lines.md', content: '- stored markdown\n' });
    settings.presets.plain.markdownStyle.bulletListMarker = '+';
    expect(exportRenderer(settings)(sample, body).content).toBe('+ from html\n');
  });

  test('the image cap in bytes', () => {
    expect(imageCapBytes({ ...defaultSettings(), imageCapMB: 3 })).toBe(3 * 1024 * 1024);
  });
});
