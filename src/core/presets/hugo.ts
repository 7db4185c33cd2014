import { DEFAULT_MARKDOWN_STYLE, type Preset } from './types';

/** A Hugo site: each post a page bundle, its images beside its `index.md`; RFC 3339 dates. */
export const hugo: Preset = {
  id: 'hugo',
  label: 'Hugo',
  frontMatterTemplate: `title: "{{title}}"
date: {{date|date:"YYYY-MM-DDTHH:mm:ssZ"}}
draft: false
description: "{{description}}"
author: "{{author}}"
tags: ['{{tags}}']
categories: ['{{categories}}']
images: ['{{image}}']
source: "{{url}}"
`,
  fileNameTemplate: 'content/posts/{{slug}}/index.md',
  imageFolder: 'content/posts/{{slug}}',
  imageLinks: 'relative',
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
};
