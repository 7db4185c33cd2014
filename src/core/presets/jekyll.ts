import { DEFAULT_MARKDOWN_STYLE, type Preset } from './types';

/** A Jekyll site with the Chirpy theme: the keys of Chirpy's posts, in Chirpy's order. */
export const jekyll: Preset = {
  id: 'jekyll',
  label: 'Jekyll (Chirpy)',
  frontMatterTemplate: `layout: post
title: "{{title}}"
date: {{date|date:"YYYY-MM-DD HH:mm:ss ZZ"}}
description: "{{description}}"
keywords: "{{keywords|join:", "}}"
categories: ['{{categories}}']
tags: ['{{tags}}']
artid: "{{artid}}"
image:
  path: {{image}}
  alt: "{{title}}"
source: "{{url}}"
render_with_liquid: false
`,
  fileNameTemplate: '_posts/{{date|date:"YYYY-MM-DD"}}-{{slug}}.md',
  imageFolder: 'assets/img/posts/{{slug}}',
  imageLinks: 'site-absolute',
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
  // Chirpy lowercases tags in its tag pages, and nests categories two levels at most.
  rules: (variables) => ({
    ...variables,
    tags: [...new Set(variables.tags.map((tag) => tag.toLowerCase()))],
    categories: variables.categories.slice(0, 2),
  }),
};
