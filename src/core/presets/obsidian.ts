import { DEFAULT_MARKDOWN_STYLE, type Preset } from './types';

/** Tags as Obsidian reads them: no spaces, no leading `#`, and `Go` the same tag as `go`. */
function obsidianTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((tag) => tag.trim().replace(/^#+\s*/, '').replace(/\s+/g, '-'))
    .filter((tag) => tag && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/** An Obsidian vault: a note named by its title, properties as Obsidian's Web Clipper writes them. */
export const obsidian: Preset = {
  id: 'obsidian',
  label: 'Obsidian',
  frontMatterTemplate: `title: "{{title}}"
source: "{{url}}"
author: "{{author}}"
published: {{published|date:"YYYY-MM-DD"}}
created: {{created|date:"YYYY-MM-DD"}}
description: "{{description}}"
tags:
  - "{{tags}}"
`,
  fileNameTemplate: '{{title}}.md',
  imageFolder: 'attachments',
  imageLinks: 'relative',
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
  rules: (variables) => ({ ...variables, tags: obsidianTags(variables.tags) }),
};
