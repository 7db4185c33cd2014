import type TurndownService from 'turndown';
import { containsBlock, endsWithBlock, startsWithBlock } from '../block-edges';

// Link text is inline: a link around blocks (a card whose heading, image and teaser are all one
// `<a>`, as HTML5 allows) written as `[\n\n#### Title\n\n](url)` is no link at all in CommonMark,
// and its brackets show as text. Each block gets the link instead.

function destination(href: string): string {
  const escaped = href.replace(/([<>()])/g, '\\$1');
  return escaped.includes(' ') ? `<${escaped}>` : escaped;
}

/** A block that cannot sit inside link text (code, table, list, quote, rule) keeps its form and goes unlinked. */
const UNLINKABLE = /^(?:```|~~~|\||[-+*] |\d{1,9}[.)] |> |---$|\$\$|<)/;

/**
 * Whether `el` links a heading to itself (`<h2 id="setup"><a href="#setup">Setup</a></h2>`, the
 * permalink documentation sites wrap a title in): in Markdown the heading is its own anchor already.
 */
function linksOwnHeading(el: Element): boolean {
  const href = el.getAttribute('href')!;
  if (!href.startsWith('#') || href.length < 2) return false;
  const heading = el.closest('h1, h2, h3, h4, h5, h6');
  if (!heading) return false;
  let target = href.slice(1);
  try {
    target = decodeURIComponent(target);
  } catch {
    // A malformed escape: the fragment as written.
  }
  return [heading.id, el.id, el.getAttribute('name')].includes(target);
}

/** Links as `[text](url "title")`; a link around blocks becomes one link per block, headings as `## [text](url)`; nested links unnest; a heading's link to itself is its text. */
export const links: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'A' && !!(node as Element).getAttribute('href'),
  replacement(content, node) {
    const el = node as Element;
    if (linksOwnHeading(el)) return content;
    const title = (el.getAttribute('title') ?? '').replace(/(\n+\s*)+/g, '\n').replace(/"/g, '\\"');
    const target = `(${destination(el.getAttribute('href')!)}${title ? ` "${title}"` : ''})`;
    // Links cannot nest in CommonMark (`[[a](x)](y)` shows its brackets): a link around links gives
    // way to them, as a browser's parser closes an open <a> at the next one.
    if (el.querySelector('a[href]')) return `${startsWithBlock(node) ? '\n\n' : ''}${content}${endsWithBlock(node) ? '\n\n' : ''}`;
    const trimmed = content.trim();
    if (!containsBlock(node)) return `[${content}]${target}`;
    // Blank lines inside a code block are not block breaks: such a link keeps its blocks whole, unlinked.
    if (/^(?:```|~~~)/m.test(trimmed)) return `\n\n${trimmed}\n\n`;
    const blocks = trimmed
      .split(/\n[ \t]*\n(?:[ \t]*\n)*/)
      .map((block) => block.replace(/^[ \t]+/, ''))
      .filter(Boolean)
      .map((block) => {
        const heading = block.match(/^(#{1,6}) (.*)$/);
        if (heading) return `${heading[1]} [${heading[2]}]${target}`;
        return UNLINKABLE.test(block) ? block : `[${block}]${target}`;
      });
    // A link around blocks with nothing to show (an image without a source) keeps its address, as an empty inline link does.
    return blocks.length ? `\n\n${blocks.join('\n\n')}\n\n` : `[]${target}`;
  },
};
