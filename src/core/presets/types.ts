import type { MarkdownStyle } from '../convert/style';
import type { Variables } from '../template/variables';

export { DEFAULT_MARKDOWN_STYLE, MARKDOWN_STYLE_CHOICES, type MarkdownStyle } from '../convert/style';

/**
 * How a post links an image in its image folder: by the path from the site root (Jekyll serves
 * `assets/` at `/assets/`), by the path from the post's folder, or by bare name (Hexo's post asset
 * folder, whose files are published beside the post's page).
 */
export type ImageLinks = 'site-absolute' | 'relative' | 'asset-folder';

export type PresetId = 'jekyll' | 'hugo' | 'hexo' | 'obsidian' | 'plain';

/** Where exported files go and what they hold, for one kind of site or notes app. */
export interface Preset {
  id: PresetId;
  label: string;
  /** YAML with `{{variable|filter}}` placeholders (see template/front-matter.ts); '' writes no front matter. */
  frontMatterTemplate: string;
  /** The post's path inside the export folder, with placeholders; `/` separates folders. */
  fileNameTemplate: string;
  /** The folder of the post's images inside the export folder, with placeholders. */
  imageFolder: string;
  imageLinks: ImageLinks;
  markdownStyle: MarkdownStyle;
  /** The target's own rules on values (Chirpy's lowercase tags), kept whatever the user's template says. */
  rules?: (variables: Variables) => Variables;
}

/** One exported post: its path inside the export folder (`/`-separated) and its full text. */
export interface PostFile {
  path: string;
  content: string;
}
