import { formatDate } from '../date';
import { VARIABLES, type Kind, type VariableName, type Variables } from './variables';

/** A template the user wrote is wrong; the message names the placeholder and the template, for the options page. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

interface Filter {
  takes: Kind;
  gives: Kind;
  // `never`: each filter takes the value of its own kind, checked when the template is read.
  apply(value: never, argument: string): string;
}

const FILTERS: Record<string, Filter> = {
  date: { takes: 'date', gives: 'text', apply: (date: Parameters<typeof formatDate>[0], format: string) => formatDate(date, format) },
  join: { takes: 'list', gives: 'text', apply: (items: string[], separator: string) => items.join(separator) },
};

/** A date with no `date` filter is written in RFC 3339, which every YAML reader takes as a timestamp. */
const RFC_3339 = 'YYYY-MM-DDTHH:mm:ssZ';

/** One `{{variable|filter:"argument"|…}}` of a template, checked against the variables and filters. */
export interface Placeholder {
  source: string;
  variable: VariableName;
  filters: { filter: Filter; argument: string }[];
  /** The kind of value it gives after its filters. */
  kind: Kind;
}

/** What a placeholder gives for one article; a date is already formatted and says so. */
export type Filled = { kind: 'text'; text: string; date: boolean } | { kind: 'list'; items: string[] } | { kind: 'none' };

const KIND_NAMES: Record<Kind, string> = { text: 'text', list: 'a list', date: 'a date' };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^\s*(\w+)\s*/y;
const FILTER_CALL = /\|\s*(\w+)\s*(?::\s*(?:"([^"]*)"|'([^']*)'))?\s*/y;
// Placeholders are swapped for these markers before the YAML parser sees the template: `{{x}}`
// alone would read as a flow mapping, and a `"` in a filter argument would end a quoted string.
const MARKER = /\uE000(\d+)\uE001/g;
const WHOLE_MARKER = /^\uE000(\d+)\uE001$/;

function parsePlaceholder(source: string, where: string): Placeholder {
  const inner = source.slice(2, -2);
  const fail = (message: string) => new TemplateError(`${where}: ${message}`);
  NAME.lastIndex = 0;
  const name = NAME.exec(inner)?.[1] ?? '';
  if (!Object.hasOwn(VARIABLES, name)) {
    throw fail(`unknown variable "${name}" in ${source}. The variables are: ${Object.keys(VARIABLES).join(', ')}.`);
  }
  const variable = name as VariableName;
  let kind: Kind = VARIABLES[variable];
  const filters: Placeholder['filters'] = [];
  let at = NAME.lastIndex;
  while (at < inner.length) {
    FILTER_CALL.lastIndex = at;
    const call = FILTER_CALL.exec(inner);
    if (!call) throw fail(`cannot read ${source}: write {{variable}} or {{variable|filter:"argument"}}.`);
    const [, filterName, double, single] = call;
    const filter = Object.hasOwn(FILTERS, filterName) ? FILTERS[filterName] : undefined;
    if (!filter) throw fail(`unknown filter "${filterName}" in ${source}. The filters are: ${Object.keys(FILTERS).join(', ')}.`);
    if (filter.takes !== kind) throw fail(`the filter "${filterName}" in ${source} works on ${KIND_NAMES[filter.takes]}, not on ${KIND_NAMES[kind]}.`);
    const argument = double ?? single;
    if (argument === undefined) throw fail(`the filter "${filterName}" in ${source} needs an argument in quotes, such as ${filterName === 'date' ? 'date:"YYYY-MM-DD"' : 'join:", "'}.`);
    filters.push({ filter, argument });
    kind = filter.gives;
    at = FILTER_CALL.lastIndex;
  }
  return { source, variable, filters, kind };
}

/** The template with each placeholder replaced by a marker, and the placeholders, checked. */
export function markPlaceholders(template: string, where: string): { marked: string; placeholders: Placeholder[] } {
  if (/[\uE000\uE001]/.test(template)) throw new TemplateError(`${where}: remove the private-use characters U+E000 and U+E001.`);
  const placeholders: Placeholder[] = [];
  const marked = template.replace(PLACEHOLDER, (source) => `\uE000${placeholders.push(parsePlaceholder(source, where)) - 1}\uE001`);
  return { marked, placeholders };
}

/** The placeholder a text is made of, when the text is exactly one marker. */
export function wholePlaceholder(text: string, placeholders: Placeholder[]): Placeholder | undefined {
  const index = text.match(WHOLE_MARKER)?.[1];
  return index === undefined ? undefined : placeholders[Number(index)];
}

/** Whether a text holds a marker. */
export function hasMarker(text: string): boolean {
  return text.includes('\uE000');
}

/** Replaces the markers in `text`, each by what `replace` makes of its placeholder. */
export function replaceMarkers(text: string, placeholders: Placeholder[], replace: (placeholder: Placeholder) => string): string {
  return text.replace(MARKER, (_, index: string) => replace(placeholders[Number(index)]));
}

/** The value of a placeholder for one article's variables. */
export function fill(placeholder: Placeholder, variables: Variables): Filled {
  let value = variables[placeholder.variable];
  if (value === null) return { kind: 'none' };
  for (const { filter, argument } of placeholder.filters) value = filter.apply(value as never, argument);
  if (Array.isArray(value)) return { kind: 'list', items: value };
  if (typeof value === 'string') return { kind: 'text', text: value, date: placeholder.filters.at(-1)?.filter === FILTERS.date };
  return { kind: 'text', text: formatDate(value, RFC_3339), date: true };
}

/** A placeholder's value inside a longer text: a list must be joined first, a missing value is empty. */
export function fillText(placeholder: Placeholder, variables: Variables, where: string): string {
  if (placeholder.kind === 'list') {
    throw new TemplateError(`${where}: ${placeholder.source} is a list; inside a text write {{${placeholder.variable}|join:", "}}.`);
  }
  const filled = fill(placeholder, variables);
  return filled.kind === 'text' ? filled.text : '';
}
