import TurndownService from 'turndown';
import { strikethrough } from '@joplin/turndown-plugin-gfm';
import { parseHTML } from 'linkedom';
import { escapeInline } from './escape';
import { joinCjkLines } from './cjk';
import { blockquote, defaultReplacement, paragraph } from './rules/blocks';
import { definitionDescription, definitionList, definitionTerm } from './rules/definition-list';
import { details, summary } from './rules/details';
import { emphasis, strong } from './rules/emphasis';
import { fencedCode } from './rules/fenced-code';
import { heading } from './rules/heading';
import { footnoteDefinition, footnoteFurniture, footnoteList, footnoteReference } from './rules/footnotes';
import { images, tidyPictures } from './rules/images';
import { inlineCode } from './rules/inline-code';
import { mark, supSub } from './rules/inline-html';
import { links } from './rules/links';
import { listItem } from './rules/list-item';
import { blankReplacement, math } from './rules/math';
import { table, tableCell, tableRow, tableSection } from './rules/tables';
import { taskListItem } from './rules/task-list';
import { unsafeLinks } from './rules/unsafe-links';
import { DEFAULT_MARKDOWN_STYLE, type MarkdownStyle } from './style';

/** Conversion choices. */
export interface ConvertOptions {
  /** `<mark>` as `==…==` (true, the default) or kept as `<mark>` HTML. */
  highlight?: boolean;
  /** Heading style, bullet marker, emphasis, strong and code fence; the default is what the library stores. */
  style?: MarkdownStyle;
}

function createService(options: Required<ConvertOptions>): TurndownService {
  const service = new TurndownService({
    ...options.style,
    codeBlockStyle: 'fenced',
    hr: '---',
    defaultReplacement,
    blankReplacement,
  });
  service.escape = escapeInline;
  service.use(strikethrough);
  // Later rules are tried first: the specific ones (math, footnotes) come last.
  service.addRule('paragraph', paragraph);
  service.addRule('heading', heading);
  service.addRule('blockquote', blockquote);
  service.addRule('emphasis', emphasis);
  service.addRule('strong', strong);
  service.addRule('inlineCode', inlineCode);
  service.addRule('fencedCode', fencedCode);
  service.addRule('images', images);
  service.addRule('links', links);
  service.addRule('unsafeLinks', unsafeLinks);
  service.addRule('listItem', listItem);
  service.addRule('taskListItem', taskListItem);
  service.addRule('tableCell', tableCell);
  service.addRule('tableRow', tableRow);
  service.addRule('tableSection', tableSection);
  service.addRule('table', table);
  service.addRule('supSub', supSub);
  service.addRule('mark', mark(options.highlight));
  service.addRule('definitionList', definitionList);
  service.addRule('definitionTerm', definitionTerm);
  service.addRule('definitionDescription', definitionDescription);
  service.addRule('details', details);
  service.addRule('summary', summary);
  service.addRule('footnoteList', footnoteList);
  service.addRule('footnoteDefinition', footnoteDefinition);
  service.addRule('footnoteReference', footnoteReference);
  service.addRule('footnoteFurniture', footnoteFurniture);
  service.addRule('math', math);
  // A <form> keeps its content: sites wrap whole articles in one (ASP.NET pages, shop and
  // comparison tables); only its controls go. A <title> in the body is never shown.
  service.remove(['script', 'style', 'noscript', 'template', 'title', 'button', 'iframe', 'input', 'select', 'textarea']);
  return service;
}

const services = new Map<string, TurndownService>();

/**
 * Converts article HTML to Markdown. Parses with linkedom so the result is the same in the
 * service worker (which has no DOMParser), the event page and the CLI.
 */
export function htmlToMarkdown(html: string, options: ConvertOptions = {}): string {
  const settled = { highlight: options.highlight ?? true, style: { ...DEFAULT_MARKDOWN_STYLE, ...options.style } };
  // One service per choice of options: there are few (2 × 48), and a service is reused across articles.
  const key = JSON.stringify(settled);
  let service = services.get(key);
  if (!service) services.set(key, (service = createService(settled)));
  // The inner <div> goes through the block rule, so text at the very start is escaped like any block's.
  const { document } = parseHTML(`<!doctype html><html><body><div id="keepmark-root"><div>${html}</div></div></body></html>`);
  const root = document.getElementById('keepmark-root');
  if (!root) return '';
  // linkedom splits text at every character reference; escaping needs each run of text whole.
  root.normalize();
  joinCjkLines(root as unknown as Element);
  tidyPictures(root as unknown as Element);
  return service.turndown(root as unknown as HTMLElement).trim() + '\n';
}
