import { Document, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parse, parseDocument, visit, type Node } from 'yaml';
import { TemplateError, fill, fillText, hasMarker, markPlaceholders, replaceMarkers, wholePlaceholder, type Placeholder } from './placeholders';
import type { Variables } from './variables';

const WHERE = 'Front matter template';

/**
 * Whether `text` written plain reads back as itself in YAML 1.2 and in YAML 1.1 (Jekyll's Ruby
 * reader, where a bare `yes` is true and `12:30:45` a number). A date may also read as a timestamp.
 */
function plainReadsBack(text: string, date: boolean): boolean {
  return (['1.2', '1.1'] as const).every((version) => {
    try {
      const value: unknown = parse(text, { version, logLevel: 'silent' });
      return value === text || (date && value instanceof Date);
    } catch {
      return false;
    }
  });
}

/** A value in the style the template wrote its placeholder in; a plain one is quoted when plain would misread. */
function scalar(text: string, date: boolean, style: Scalar['type']): Scalar {
  const node = new Scalar(text);
  node.type = style && style !== Scalar.PLAIN ? style : plainReadsBack(text, date) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return node;
}

/** Keeps the comments the template wrote on the node a value replaces. */
function withComments<T extends Node>(node: T, from: Scalar): T {
  node.commentBefore = from.commentBefore;
  node.comment = from.comment;
  node.spaceBefore = from.spaceBefore;
  return node;
}

/** Puts back the placeholders written in comments; values are never touched, so no value can become a placeholder. */
function restoreComments(doc: Document, restore: (text: string) => string): void {
  const restoreOn = (node: { commentBefore?: string | null; comment?: string | null }) => {
    if (node.commentBefore) node.commentBefore = restore(node.commentBefore);
    if (node.comment) node.comment = restore(node.comment);
  };
  restoreOn(doc);
  visit(doc, { Node: (_, node) => restoreOn(node) });
}

class Filler {
  constructor(
    private readonly placeholders: Placeholder[],
    private readonly variables: Variables,
  ) {}

  /** What a template scalar becomes: the same node, a new one, several (a list in a sequence), or none (no value). */
  scalar(node: Scalar, inSequence: boolean): Node[] {
    if (typeof node.value !== 'string' || !hasMarker(node.value)) return [node];
    const whole = wholePlaceholder(node.value, this.placeholders);
    if (!whole) {
      const text = replaceMarkers(node.value, this.placeholders, (p) => fillText(p, this.variables, WHERE));
      return [withComments(scalar(text, false, node.type), node)];
    }
    const filled = fill(whole, this.variables);
    if (filled.kind === 'none') return [];
    if (filled.kind === 'text') return [withComments(scalar(filled.text, filled.date, node.type), node)];
    const items = filled.items.map((item) => scalar(item, false, node.type));
    if (inSequence) return items.length ? [withComments(items[0], node), ...items.slice(1)] : [];
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.items = items;
    return [withComments(seq, node)];
  }

  /** Fills a mapping in place; false when a key was left out for want of a value. */
  map(map: YAMLMap): boolean {
    let complete = true;
    map.items = map.items.filter((pair) => {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && hasMarker(pair.key.value)) {
        throw new TemplateError(`${WHERE}: placeholders go in values, not in keys (${replaceMarkers(pair.key.value, this.placeholders, (p) => p.source)}).`);
      }
      const kept = this.value(pair.value, false);
      if (kept.length) pair.value = kept[0];
      else complete = false;
      return kept.length > 0;
    });
    return complete;
  }

  /** What a value becomes; a nested mapping missing a value is left out whole (Chirpy's `image` needs its `path`). */
  value(node: unknown, inSequence: boolean): unknown[] {
    if (isScalar(node)) return this.scalar(node, inSequence);
    if (isMap(node)) return this.map(node) ? [node] : [];
    if (isSeq(node)) node.items = node.items.flatMap((item) => this.value(item, true));
    return [node];
  }
}

/**
 * The front matter (the YAML between the `---` lines) that a template gives for `variables`, or ''
 * for an empty template. Values go in as YAML nodes, never as text, so none can break the YAML:
 *
 * - A value that is exactly one placeholder takes its value's type: a list becomes a sequence
 *   (flow, or spliced into a sequence the template writes), a date its formatted text.
 * - A placeholder inside a longer text is replaced in that text; a list there needs `|join`.
 * - The template's quoting is kept: `"{{title}}"` comes out double-quoted, `'{{title}}'`
 *   single-quoted, a bare `{{image}}` plain unless plain would read back as something else.
 * - A key whose value is a missing variable (no artid, author or lead image) is left out, and so
 *   is a nested mapping holding one; an empty text stays `""` and an empty list `[]`.
 */
export function renderFrontMatter(template: string, variables: Variables): string {
  if (!template.trim()) return '';
  const { marked, placeholders } = markPlaceholders(template, WHERE);
  const restore = (text: string) => replaceMarkers(text, placeholders, (p) => p.source);
  const doc: Document = parseDocument(marked);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new TemplateError(`${WHERE} is not valid YAML: ${restore(problem.message)}`);
  if (!isMap(doc.contents)) throw new TemplateError(`${WHERE} must be a mapping of keys to values.`);
  new Filler(placeholders, variables).map(doc.contents);
  restoreComments(doc, restore);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
