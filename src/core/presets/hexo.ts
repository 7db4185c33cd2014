import { DEFAULT_MARKDOWN_STYLE, type Preset } from './types';

/**
 * A Hexo site with `post_asset_folder: true`: the images in a folder named like the post. Hexo
 * reads a zone-less date in the site's `timezone`, so the date is the article's own wall clock.
 */
export const hexo: Preset = {
  id: 'hexo',
  label: 'Hexo',
  frontMatterTemplate: `title: "{{title}}"
date: {{date|date:"YYYY-MM-DD HH:mm:ss"}}
description: "{{description}}"
tags: ['{{tags}}']
categories: ['{{categories}}']
source: "{{url}}"
`,
  fileNameTemplate: 'source/_posts/{{slug}}.md',
  imageFolder: 'source/_posts/{{slug}}',
  imageLinks: 'asset-folder',
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
};
