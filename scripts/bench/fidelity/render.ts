import MarkdownIt, { type PluginSimple, type PluginWithOptions } from 'markdown-it';
import { dollarmathPlugin, type IOptions } from 'markdown-it-dollarmath';
import footnote from 'markdown-it-footnote';
import mark from 'markdown-it-mark';
import deflist from 'markdown-it-deflist';
import taskLists from 'markdown-it-task-lists';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * CommonMark + GFM (tables, strikethrough in markdown-it's core; task lists) and the syntax
 * Keepmark writes beyond it: footnotes, `$…$`/`$$…$$` math, `==mark==`, definition lists, raw HTML
 * (tables with merged cells and `<details>` stay HTML). Math renders as its TeX in
 * `span.math.inline`/`div.math.block`, so it can be counted and kept out of the text score.
 * Dollar signs follow Pandoc's `tex_math_dollars` rules, as Obsidian, Typora and GitHub do: no
 * space inside the delimiters and no digit right after the closing one, so "$5 or $10" is text.
 */
// These two are typed against older markdown-it typings than @types/markdown-it 14: same API.
const dollarmath = dollarmathPlugin as unknown as PluginWithOptions<IOptions>;
const footnotes = footnote as unknown as PluginSimple;

export function createRenderer(): MarkdownIt {
  return new MarkdownIt({ html: true, linkify: false })
    .use(dollarmath, { allow_space: false, allow_digits: false, renderer: (tex: string) => escapeHtml(tex) })
    .use(footnotes)
    .use(mark)
    .use(deflist)
    .use(taskLists);
}

let shared: MarkdownIt | null = null;

/** Keepmark's Markdown as a CommonMark renderer shows it. */
export function renderMarkdown(markdown: string): string {
  shared ??= createRenderer();
  return shared.render(markdown);
}
