import { DEFAULT_MARKDOWN_STYLE, type Preset } from './types';

/** Markdown alone, for any other tool: no front matter. */
export const plain: Preset = {
  id: 'plain',
  label: 'Plain Markdown',
  frontMatterTemplate: '',
  fileNameTemplate: '{{slug}}.md',
  imageFolder: 'images/{{slug}}',
  imageLinks: 'relative',
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
};
