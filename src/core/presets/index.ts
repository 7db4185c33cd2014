import { hexo } from './hexo';
import { hugo } from './hugo';
import { jekyll } from './jekyll';
import { obsidian } from './obsidian';
import { plain } from './plain';
import type { Preset } from './types';

export { hexo, hugo, jekyll, obsidian, plain };
export { placePost, renderPost, type PostPlacement } from './post';
export { DEFAULT_MARKDOWN_STYLE, MARKDOWN_STYLE_CHOICES, type ImageLinks, type MarkdownStyle, type PostFile, type Preset, type PresetId } from './types';

/** Every preset, in the order a menu lists them. */
export const PRESETS: readonly Preset[] = [jekyll, hugo, hexo, obsidian, plain];

/** The preset of that id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
export { customisedPreset, type Customised, type OverrideField, type PresetOverrides, type PresetProblem } from './customise';
