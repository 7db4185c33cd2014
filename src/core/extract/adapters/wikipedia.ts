import type { SiteAdapter } from './types';
import { removeAll, text } from './helpers';

// Edit links, navigation boxes and sidebars, the table of contents, maintenance notices and
// everything MediaWiki itself marks as not for print; backlinks from the reference list.
const FURNITURE = [
  '.mw-editsection',
  '.navbox',
  '.navbox-styles',
  '.vertical-navbox',
  '.sidebar',
  '#toc',
  '.toc',
  '.hatnote',
  '.shortdescription',
  '.noprint',
  '.metadata',
  '.ambox',
  '.mw-empty-elt',
  '.mw-cite-backlink',
  'style',
  'link',
].join(', ');

/**
 * MediaWiki's SyntaxHighlight names the language on its wrapper (`div.mw-highlight-lang-python`),
 * a class the generic repair does not read; put it on the `<pre>` as `language-*`.
 */
export function markMediaWikiLanguages(root: ParentNode): void {
  for (const pre of root.querySelectorAll('.mw-highlight > pre')) {
    const lang = pre.parentElement?.getAttribute('class')?.match(/(?:^|\s)mw-highlight-lang-([\w#+.-]+)/)?.[1];
    if (lang) pre.classList.add(`language-${lang}`);
  }
}

/** Wikipedia articles in every language: the parsed text with its references, infobox kept. */
export const wikipedia: SiteAdapter = {
  name: 'wikipedia',
  matches: (url) => url.hostname.endsWith('.wikipedia.org') && url.pathname.startsWith('/wiki/'),
  extract(doc) {
    const content = doc.querySelector('#mw-content-text .mw-parser-output');
    // MediaWiki marks the namespace on <body>: only ns-0 pages are articles. Category, talk, user and
    // special pages are lists or tools, which the generic extractor handles better.
    const namespace = doc.body?.className.match(/\bns-(\d+)\b/)?.[1];
    if (!content || (namespace !== undefined && namespace !== '0')) return { content: null, facts: {} };
    const description = text(content, '.shortdescription');
    removeAll(content, FURNITURE);
    markMediaWikiLanguages(content);
    const categories = [...doc.querySelectorAll('#mw-normal-catlinks ul a')].map((a) => a.textContent?.trim() ?? '').filter(Boolean);
    return {
      content,
      facts: {
        title: text(doc, '#firstHeading') ?? undefined,
        siteName: 'Wikipedia',
        description: description ?? undefined,
        categories,
      },
    };
  },
};
