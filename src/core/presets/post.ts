import type { ArticleRecord } from '../types';
import { renderFrontMatter } from '../template/front-matter';
import { renderPath } from '../template/path';
import { articleVariables, type Variables } from '../template/variables';
import type { ImageLinks, PostFile, Preset } from './types';

/** Where a post and its images go inside the export folder, and how the post links an image. */
export interface PostPlacement {
  path: string;
  imageFolder: string;
  /** The Markdown link target of an image saved as `fileName` (a safe file name) in the image folder. */
  imageLink(fileName: string): string;
}

// Each part percent-encoded, parentheses too, so a space or `)` cannot end a Markdown link early.
const encodePath = (parts: string[]) => parts.map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

/** The parts of the path from the folder of `from` (a file) to the folder `to`. */
function relativeParts(from: string, to: string): string[] {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && fromDir[common] === target[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...target.slice(common)];
}

function linker(mode: ImageLinks, path: string, imageFolder: string): (fileName: string) => string {
  switch (mode) {
    case 'site-absolute':
      return (fileName) => `/${encodePath([...imageFolder.split('/'), fileName])}`;
    case 'relative':
      return (fileName) => encodePath([...relativeParts(path, imageFolder), fileName]);
    case 'asset-folder':
      return (fileName) => encodePath([fileName]);
  }
}

/** The template variables of an article under `preset`'s own rules. */
export function presetVariables(preset: Preset, article: ArticleRecord, text: string): Variables {
  const variables = articleVariables(article, text);
  return preset.rules ? preset.rules(variables) : variables;
}

/** A post at `path` with its images in `imageFolder`, linked as `preset` links them. */
export function placementAt(preset: Preset, path: string, imageFolder: string): PostPlacement {
  return { path, imageFolder, imageLink: linker(preset.imageLinks, path, imageFolder) };
}

/** Where `preset` puts a post with these variables and its images. */
export function placeWith(preset: Preset, variables: Variables): PostPlacement {
  const path = renderPath(preset.fileNameTemplate, variables, 'File name template');
  return placementAt(preset, path, renderPath(preset.imageFolder, variables, 'Image folder template'));
}

/** Where `preset` puts an article and its images. */
export function placePost(preset: Preset, article: ArticleRecord): PostPlacement {
  return placeWith(preset, presetVariables(preset, article, ''));
}

/** A post's text: front matter from `variables` first when the preset has one, then the user's note, then the Markdown. */
export function postContent(preset: Preset, variables: Variables, markdown: string, note: string): string {
  const frontMatter = renderFrontMatter(preset.frontMatterTemplate, variables);
  const body = `${withNote(note, markdown).trim()}\n`;
  return frontMatter ? `---\n${frontMatter}---\n\n${body}` : body;
}

/** The user's note as a quote above the article, so it reads as theirs and not the author's; nothing when there is none. */
function withNote(note: string, markdown: string): string {
  const lines = note.trim().split(/\r?\n/);
  if (!lines[0]) return markdown;
  const quoted = lines.map((line, i) => (i === 0 ? `> **Note:** ${line}` : line.trim() ? `> ${line}` : '>')).join('\n');
  return `${quoted}\n\n${markdown.trim()}`;
}

/** An article as a post of `preset`: its path and its text (see postContent). */
export function renderPost(preset: Preset, article: ArticleRecord, markdown: string, text: string): PostFile {
  const variables = presetVariables(preset, article, text);
  return { path: placeWith(preset, variables).path, content: postContent(preset, variables, markdown, article.note) };
}
