import TurndownService from 'turndown';
import { strikethrough, taskListItems } from '@joplin/turndown-plugin-gfm';
import { parseHTML } from 'linkedom';
import { fencedCode } from './rules/fenced-code';
import { images } from './rules/images';
import { unsafeLinks } from './rules/unsafe-links';
import { table, tableCell, tableRow, tableSection } from './rules/tables';
import { listItem } from './rules/list-item';

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  service.use([strikethrough, taskListItems]);
  service.addRule('fencedCode', fencedCode);
  service.addRule('images', images);
  service.addRule('unsafeLinks', unsafeLinks);
  service.addRule('listItem', listItem);
  service.addRule('tableCell', tableCell);
  service.addRule('tableRow', tableRow);
  service.addRule('tableSection', tableSection);
  service.addRule('table', table);
  service.remove(['script', 'style', 'noscript', 'template', 'button', 'iframe', 'form', 'input', 'select', 'textarea']);
  return service;
}

let service: TurndownService | undefined;

/**
 * Converts article HTML to Markdown. Parses with linkedom so the result is the same in the
 * service worker (which has no DOMParser), the event page and the CLI.
 */
export function htmlToMarkdown(html: string): string {
  service ??= createService();
  const { document } = parseHTML(`<!doctype html><html><body><div id="keepmark-root">${html}</div></body></html>`);
  const root = document.getElementById('keepmark-root');
  if (!root) return '';
  return service.turndown(root as unknown as HTMLElement).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
