import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageCapture } from '../types';
import { adapterFor } from './adapters';
import type { SiteFacts } from './adapters/types';
import { readMetadata, type PageMetadata } from './metadata';
import { absolutizeUrls, documentBase, withoutFragment } from './urls';
import { LANGUAGE_ATTRIBUTE, markCodeLanguages } from './repairs/code-language';
import { removeCodeFurniture } from './repairs/code-furniture';
import { restoreLazyImages } from './repairs/lazy-images';
import { repairTargets, type RepairTargets } from './repairs/targets';
import { removeTablesOfContents } from './repairs/table-of-contents';
import { removePagePrompts } from './repairs/page-prompts';
import { removeLayoutUtilities } from './repairs/layout-utilities';
import { removeNotContent } from './repairs/not-content';
import { removePostFurniture } from './repairs/post-furniture';
import { declaresProduct, productMissed } from './product-page';
import { defuddleReading } from './defuddle-reading';
import { keptOneBlock, ownTextLength, readingStands } from './one-block';
import { removeRepeatedParagraphs, removeRepeatedQuotes } from './repairs/repeated-posts';
import { unwrapNoscriptContent } from './repairs/noscript-content';
import { revealLoadingCover } from './repairs/loading-cover';
import { placeStreamedSegments } from './repairs/streamed-segments';
import { plainText } from './plain-text';
import { pageTitle } from './title';
import { declaresDiscussion, THREAD_FURNITURE, threadIsFuller, threadPosts } from './thread-posts';
import { keptOnePost, postSeries, seriesHolder, type PostSeries } from './post-series';
import { declaresArticle, mainFallback, mainHoldsMore } from './main-container';
import { cardGrid } from './card-grid';
import { sectionRun } from './section-run';
import { removeNavigation } from './navigation';
import { restoreTitleLede, titleLede } from './title-lede';
import { holdsMoreText } from './region';
import { pageParts, type PageParts } from './page-parts';

/** Thrown when a page holds nothing that could be saved as an article. */
export class NothingToSaveError extends Error {
  constructor(message = 'This page has no article text to save.') {
    super(message);
    this.name = 'NothingToSaveError';
  }
}

/**
 * Finds the article in `doc` and everything a blog post needs about it.
 * Changes `doc`: pass a document you own (the content script passes a clone of the live page).
 * `pageAgain` gives another copy of the page, untouched, for a second reading where the first kept
 * one block of a page made of several (see keptOneBlock); without it there is no second reading.
 */
export function captureArticle(doc: Document, pageUrl: string, pageAgain?: () => Document): PageCapture {
  const url = new URL(pageUrl);
  let parts = pageParts(doc);
  // Repairs that move nodes change what the page's parts are.
  if (unwrapNoscriptContent(doc, parts.noscripts)) parts = pageParts(doc);
  if (placeStreamedSegments(doc, parts.segments)) parts = pageParts(doc);
  revealLoadingCover(doc, parts.visibilityStyled);
  const base = documentBase(parts, pageUrl);
  const readerable = isProbablyReaderable(doc, { candidates: parts.readerCandidates });
  const meta = readMetadata(doc, parts, base);
  const adapter = adapterFor(url);
  const site = adapter?.extract(doc, url);

  const body = doc.body;
  if (!body) throw new NothingToSaveError();
  // An adapter may build its article apart from the page (a thread of posts): repair that too.
  const roots = site?.content && !body.contains(site.content) ? [body, site.content] : [body];
  for (const root of roots) {
    // The page's parts name what to repair, unless an adapter has changed the page since.
    const targets = root === body && !site ? parts : repairTargets(root);
    repairContent(root, doc, targets);
    // Here, not in repairContent: a selection the reader made keeps its table of contents.
    removeTablesOfContents(root, targets.jumpLinks, pageUrl);
  }

  let content: Element | null = site?.content ?? null;
  let readable: ReturnType<Readability<Element>['parse']> = null;
  // The article's text, read before finishing (which changes addresses and classes, not text).
  let text: string | undefined;
  // Read once: the second reading's guard below and the repeated quotes and paragraphs after it turn on it.
  const discussion = declaresDiscussion(parts);
  if (!content) {
    // Before the thread, main region and grid are copied: none of them holds what is not the article.
    removeNotArticle(doc, parts);
    const product = declaresProduct(parts);
    const thread = threadPosts(parts);
    // Read once: the main region's fallback, the card grid and the series of posts turn on it.
    const article = declaresArticle(parts);
    // Posts marked only by class names, read before the generic extractor moves them (and only where
    // another copy of the page can give them all).
    const series = thread || !pageAgain ? [] : postSeries(parts.postLike, article);
    const main = mainFallback(doc, parts, article);
    const grid = main || article ? null : cardGrid(doc);
    const run = article ? null : sectionRun(doc);
    // Not on a page that declares an article: there a paragraph under the title, apart from the body,
    // is a standfirst the generic extractor leaves out on purpose.
    const lede = article ? [] : titleLede(parts);
    // Read before the generic extractor changes the page. Not where a story, a discussion or a product is declared:
    // there one block is what was meant, the thread above keeps every post, and a product has its own step below.
    const ownText = pageAgain && !article && !product && !discussion ? ownTextLength(body) : 0;
    // After the copies above: they are read by Keepmark's own rules, which do not weigh class names.
    removeLayoutUtilities(parts.layoutUtilities);
    // On a product's page the generic extractor reads a copy: Defuddle may need the page as it is, below.
    const generic = product ? (doc.cloneNode(true) as Document) : doc;
    try {
      // The article element itself, not its HTML to be parsed again (and no innerHTML assignment).
      readable = new Readability(generic, { keepClasses: false, serializer: (node) => node as Element }).parse();
    } catch {
      // Readability throws on some malformed trees (a TypeError on WCXB page 0135): for the user
      // that page has no article Keepmark can find, which is a "nothing to save", not a crash.
      readable = null;
    }
    if (readable?.content) {
      content = readable.content;
      // Readability keeps a page's menus when it settles on a block that holds them.
      removeNavigation(content);
    }
    const kept = content ? plainText(content) : '';
    const posts = thread ? null : seriesPosts(series, kept, pageAgain);
    // A discussion keeps every post, not the one post the generic extractor settles on.
    if (thread && threadIsFuller(thread, kept)) content = thread;
    // The same where the posts are marked by class names only: every post from another copy of the page.
    else if (posts && threadIsFuller(posts, kept)) content = posts;
    // A page made of many short blocks (product, listing, service), or an article in several: its declared main region, not one block of it.
    else if (main && mainHoldsMore(main, kept)) content = main.main;
    // A page that declares neither a main region nor itself an article: a grid of like cards (a shop's
    // collection, a job board) holding far more. Under a declared article a bigger grid is related stories.
    else if (grid && !isProse(content) && holdsMoreText(grid, kept, 2)) content = grid;
    // A reference page of like sections (a manual's NAME, OPTIONS, EXAMPLES): all of them, not its longest one.
    else if (run && holdsMoreText(run, kept, 1.3)) content = run;
    // The generic extractor's article stands: its text is already read, unless its lede was missing.
    else if (!content || !restoreTitleLede(content, lede, kept)) text = kept;
    text ??= content ? plainText(content) : '';
    // A product's page where the generic extractor's choice missed the product: Defuddle's reading stands.
    if (product) {
      const details = productMissed(product, text) ? defuddleReading(doc, pageUrl) : null;
      if (details) [content, text] = [details, undefined];
    } else if (pageAgain && content !== thread && keptOneBlock(ownText, text)) {
      // One block of a page made of several: Defuddle reads the page again (see readingStands).
      const reading = defuddleReading(pageAgain(), pageUrl, doc);
      if (reading && readingStands(reading, text, isProse(content))) [content, text] = [reading, undefined];
    }
  }
  // A reply's quote or preview of a post the saved thread holds anyway: the text read before it went is read again.
  if (content && removeRepeatedQuotes(content, discussion)) text = undefined;
  if (content && discussion && removeRepeatedParagraphs(content)) text = undefined;
  text ??= content ? plainText(content) : '';
  if (!content || !text.trim()) throw new NothingToSaveError();

  finishContent(content, base);
  return { ...pageFields(pageUrl, meta, site?.facts ?? {}, readable, content), html: content.innerHTML.trim(), text, readerable };
}

/** Repairs the page's markup before the article is cut out of it (lazy images, code blocks). */
export function repairContent(root: Element, doc: Document, targets: RepairTargets): void {
  restoreLazyImages(targets, doc);
  markCodeLanguages(targets.pres);
  removeCodeFurniture(root, targets.hasCode);
}

/**
 * Removes what the page holds that is not its article, as its parts name it: prompts to the reader,
 * what it marks as not content or hides, what a forum repeats on each post that is not the post.
 */
function removeNotArticle(doc: Document, parts: PageParts): void {
  removePagePrompts(doc, parts.prompts);
  removeNotContent(parts.notContent);
  removePostFurniture(parts.postFurniture);
}

/**
 * Every post of the series of which the generic extractor kept one (see keptOnePost), from another
 * copy of the page, with the repairs and removals the page had before that extractor ran.
 */
function seriesPosts(series: readonly PostSeries[], kept: string, pageAgain?: () => Document): Element | null {
  const one = pageAgain && keptOnePost(series, kept);
  if (!one) return null;
  const page = pageAgain();
  removeNotArticle(page, pageParts(page));
  const holder = seriesHolder(page, one.key);
  if (!holder) return null;
  // Repaired first: a lazy image's copy is in a <noscript>, which goes with the thread's furniture.
  repairContent(holder, page, repairTargets(holder));
  for (const el of holder.querySelectorAll(THREAD_FURNITURE)) el.remove();
  return holder;
}

/** Whether the generic extractor kept prose (two paragraphs of some length): a story, not a grid's stray block. */
function isProse(content: Element | null): boolean {
  return !!content && [...content.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length >= 80).length >= 2;
}

/** Makes the cut-out article stand on its own: absolute URLs, code languages as classes. */
export function finishContent(content: Element, base: string): void {
  absolutizeUrls(content, base);
  restoreLanguageClasses(content);
}

/** Everything a capture says about the page apart from its article: adapter facts first, then metadata, then Readability. */
export function pageFields(
  pageUrl: string,
  meta: PageMetadata,
  facts: SiteFacts,
  readable: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null; lang?: string | null; excerpt?: string | null } | null,
  content: Element,
): Omit<PageCapture, 'html' | 'text' | 'readerable'> {
  const title = facts.title ?? pageTitle(meta, new URL(pageUrl).hostname) ?? readable?.title?.trim() ?? '';
  return {
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl ?? withoutFragment(pageUrl),
    title: title || new URL(pageUrl).hostname,
    byline: facts.byline ?? meta.byline ?? readable?.byline?.trim() ?? null,
    published: facts.published ?? meta.published ?? readable?.publishedTime ?? null,
    siteName: facts.siteName ?? meta.siteName ?? readable?.siteName ?? null,
    lang: meta.lang ?? readable?.lang ?? null,
    description: facts.description ?? meta.description ?? readable?.excerpt?.trim() ?? null,
    keywords: facts.keywords?.length ? facts.keywords : meta.keywords,
    tags: facts.tags?.length ? facts.tags : meta.tags,
    categories: facts.categories ?? [],
    artid: facts.artid ?? null,
    // An adapter's null means "this page has no lead image"; undefined means it does not know.
    leadImage: webImage(facts.leadImage !== undefined ? facts.leadImage : (meta.leadImage ?? firstImage(content))),
  };
}

/** Puts the language marked before extraction back as the `language-*` class Markdown tools read. */
function restoreLanguageClasses(root: Element): void {
  for (const pre of root.querySelectorAll(`pre[${LANGUAGE_ATTRIBUTE}]`)) {
    const lang = pre.getAttribute(LANGUAGE_ATTRIBUTE)!;
    pre.removeAttribute(LANGUAGE_ATTRIBUTE);
    let code = pre.querySelector('code');
    if (!code) {
      code = pre.ownerDocument.createElement('code');
      code.append(...pre.childNodes);
      pre.append(code);
    }
    code.setAttribute('class', `language-${lang}`);
  }
}

/** Only an http(s) address may become the post's image: front matter is read by themes and tools. */
function webImage(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function firstImage(root: Element): string | null {
  return root.querySelector('img[src]')?.getAttribute('src') ?? null;
}
