import { parseDocument } from 'yaml';
import { renderFrontMatter } from '../template/front-matter';
import { renderPath } from '../template/path';
import { TemplateError } from '../template/placeholders';
import type { Variables } from '../template/variables';
import { MARKDOWN_STYLE_CHOICES, type MarkdownStyle, type Preset } from './types';

/** What a user may change in a preset; anything left out keeps the preset's own. */
export interface PresetOverrides {
  frontMatterTemplate?: string;
  fileNameTemplate?: string;
  imageFolder?: string;
  markdownStyle?: Partial<MarkdownStyle>;
}

export type OverrideField = keyof PresetOverrides;

/** One thing wrong with the user's overrides, said so a user can fix it, and the field it is in. */
export interface PresetProblem {
  field: OverrideField;
  message: string;
}

export type Customised = { ok: true; preset: Preset } | { ok: false; problems: PresetProblem[] };

const day = (iso: string) => ({ ms: Date.parse(iso), offset: 480 });

// Articles a template is tried on before it is accepted: a full one, one with nothing optional
// (keys drop out), and one whose every value is YAML-hostile. Two differ in every value, so a
// file name that is the same for both would overwrite posts.
const PROBES: Variables[] = [
  {
    title: 'A probe article', url: 'https://example.com/a', description: 'Summary.', site: 'Example', author: 'Ann',
    artid: '1', image: 'https://example.com/a.png', slug: 'a-probe-article', tags: ['go'], categories: ['Back end'],
    keywords: ['go'], date: day('2025-02-25T21:26:48+08:00'), published: day('2025-02-25T21:26:48+08:00'), created: day('2025-03-01T08:00:00+08:00'),
  },
  {
    title: '', url: '', description: '', site: null, author: null, artid: null, image: null, slug: 'article',
    tags: [], categories: [], keywords: [], date: day('2024-01-02T03:04:05+08:00'), published: null, created: day('2024-01-02T03:04:05+08:00'),
  },
  {
    title: "yes: no # '\"---\n&x *y !z @w", url: '~', description: '12:30:45', site: 'null', author: '@me', artid: '0x1F',
    image: '- a', slug: 'yes-no', tags: ['on', '2025-02-25'], categories: ['.inf', '*'], keywords: ['|', '>'],
    date: day('2023-05-06T07:08:09+08:00'), published: day('2023-05-06T07:08:09+08:00'), created: day('2023-05-06T07:08:09+08:00'),
  },
];

/** Whether a rendered front matter reads back as one mapping with no error in YAML 1.2 and 1.1. */
function readsBack(yaml: string): string | null {
  for (const version of ['1.2', '1.1'] as const) {
    const doc = parseDocument(yaml, { version });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) return `Front matter template gives YAML that ${version === '1.1' ? 'Jekyll' : 'a YAML reader'} cannot read: ${problem.message}`;
    const value: unknown = doc.toJS();
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 'Front matter template must be a mapping of keys to values.';
  }
  return null;
}

function checkFrontMatter(template: string, preset: Preset): string | null {
  for (const probe of PROBES) {
    const yaml = renderFrontMatter(template, preset.rules ? preset.rules(probe) : probe);
    const problem = yaml ? readsBack(yaml) : null;
    if (problem) return problem;
  }
  return null;
}

function checkFileName(template: string): string | null {
  const [first, , hostile] = PROBES.map((probe) => renderPath(template, probe, 'File name template'));
  if (!/\.(?:md|markdown)$/i.test(template.trim())) return 'File name template must end in ".md" or ".markdown".';
  if (first === hostile) return `File name template gives the same name ("${first}") for every article, so posts would overwrite each other: include {{slug}}, {{title}} or {{artid}}.`;
  return null;
}

function checkFolder(template: string): string | null {
  for (const probe of PROBES) renderPath(template, probe, 'Image folder template');
  return null;
}

function checkStyle(style: Partial<MarkdownStyle>): string | null {
  for (const [key, value] of Object.entries(style)) {
    const choices = (MARKDOWN_STYLE_CHOICES as Record<string, readonly string[]>)[key];
    if (!choices) return `Markdown style has no setting "${key}".`;
    if (!choices.includes(value as string)) return `Markdown style: "${String(value)}" is not a choice for ${key} (${choices.join(', ')}).`;
  }
  return null;
}

/** The first problem `check` finds, a template mistake included, or null. */
function problemOf(check: () => string | null): string | null {
  try {
    return check();
  } catch (error) {
    if (error instanceof TemplateError) return error.message;
    throw error;
  }
}

/**
 * `base` with the user's overrides, each tried on probe articles first (hostile values included),
 * or every problem found, each naming its field: an unknown variable or filter, YAML that does not
 * read, a path that could leave the export folder, a file name the same for every article.
 */
export function customisedPreset(base: Preset, overrides: PresetOverrides): Customised {
  const preset: Preset = {
    ...base,
    frontMatterTemplate: overrides.frontMatterTemplate ?? base.frontMatterTemplate,
    fileNameTemplate: overrides.fileNameTemplate ?? base.fileNameTemplate,
    imageFolder: overrides.imageFolder ?? base.imageFolder,
    markdownStyle: { ...base.markdownStyle, ...overrides.markdownStyle },
  };
  const checks: [OverrideField, () => string | null][] = [
    ['frontMatterTemplate', () => checkFrontMatter(preset.frontMatterTemplate, preset)],
    ['fileNameTemplate', () => checkFileName(preset.fileNameTemplate)],
    ['imageFolder', () => checkFolder(preset.imageFolder)],
    ['markdownStyle', () => checkStyle(overrides.markdownStyle ?? {})],
  ];
  const problems = checks.flatMap(([field, check]) => {
    const message = problemOf(check);
    return message ? [{ field, message }] : [];
  });
  return problems.length ? { ok: false, problems } : { ok: true, preset };
}
