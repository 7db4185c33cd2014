import { datesInText, type TextDate } from './date-text';
import { foldTitle } from './title';

// How much text around the title is read for a byline date: a header, not the article.
const TEXT_AFTER_TITLE = 600;
const TEXT_BEFORE_TITLE = 200;
const ARTICLE_PARAGRAPH = 200;

// Parts of a page whose dates are not the article's: code, navigation, comments, lists of other posts.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'ASIDE', 'SELECT', 'TEXTAREA', 'BUTTON', 'PRE', 'CODE']);
// A widget by its own class ("widget widget_recent_entries"), not a page builder's every block
// ("elementor-widget-container" holds the post's byline as much as its sidebar).
const SKIPPED_CLASS = /comment|related|sidebar|newsletter|breadcrumb|copyright|(?:^|\s)widget/i;

/**
 * The day the page shows its article was published, read from the text next to its title (the
 * byline and the line above the title), never from the whole page: the first date called
 * "published"/"posted", else the first date that is not called "updated", else the first one (a
 * page that shows only "Last updated May 3, 2024" dates its article by it). A `<time datetime>` in
 * that text gives its own value, offset included.
 */
export function headerDate(doc: Document, title: string | null, dayFirst: boolean): string | null {
  const heading = titleHeading(doc, title);
  if (!heading) return null;
  const before = readText(heading, TEXT_BEFORE_TITLE, 'backward');
  const after = readText(heading, TEXT_AFTER_TITLE, 'forward');
  const all = [...before, ...after].flatMap((piece) => piece.dates(dayFirst));
  const dates = all.filter((d) => d.label !== 'other');
  const published = dates.find((d) => d.label === 'published');
  if (published) return published.datetime ?? published.day;
  // Several unlabelled days under a heading are a list of dated items (a blog's front page, a
  // schedule), none of them the page's own date.
  const plain = dates.filter((d) => d.label === 'plain');
  if (new Set(plain.map((d) => d.day)).size > 1) return null;
  const pick = plain[0] ?? dates[0];
  return pick ? (pick.datetime ?? pick.day) : null;
}

/**
 * The heading that holds the article's title: of the `<h1>`–`<h3>` the declared title contains, the
 * longest (a site-name `<h1>` is contained too, but is shorter than the article's own heading); else the
 * first `<h1>` outside navigation.
 */
function titleHeading(doc: Document, title: string | null): Element | null {
  const body = doc.body;
  if (!body) return null;
  const wanted = title ? foldTitle(title) : '';
  let best: Element | null = null;
  let bestLength = 3;
  for (const heading of body.querySelectorAll('h1, h2, h3')) {
    const text = foldTitle(heading.textContent ?? '');
    if (text.length > bestLength && wanted.includes(text)) {
      best = heading;
      bestLength = text.length;
    }
  }
  return best ?? [...body.querySelectorAll('h1')].find((h) => !h.closest('nav, footer')) ?? null;
}

interface Piece {
  dates(dayFirst: boolean): (TextDate & { datetime?: string })[];
}

/**
 * Up to `limit` characters of the text next to `heading` (its own text included when reading forward),
 * one piece per text node or `<time>` element, in document order. Reading stops at the limit, so a
 * long page costs no more than a short one.
 */
function readText(heading: Element, limit: number, direction: 'forward' | 'backward'): Piece[] {
  const texts: { text: string; time: Element | null }[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    if (length >= limit) return;
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (!text.trim()) return;
      texts.push({ text, time: null });
      length += text.length;
      return;
    }
    if (node.nodeType !== 1 || skipped(node as Element)) return;
    // The byline ends where the article's text begins: a date in its first paragraph is about something else.
    if (direction === 'forward' && (node as Element).tagName.toUpperCase() === 'P' && (node.textContent ?? '').length > ARTICLE_PARAGRAPH) {
      length = limit;
      return;
    }
    if ((node as Element).tagName.toUpperCase() === 'TIME') {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      texts.push({ text, time: node as Element });
      length += text.length;
      return;
    }
    const children = [...node.childNodes];
    if (direction === 'backward') children.reverse();
    for (const child of children) visit(child);
  };
  if (direction === 'forward') visit(heading);
  for (let at: Node | null = heading; at && at.nodeType === 1 && length < limit; at = at.parentNode) {
    for (let sibling = step(at, direction); sibling && length < limit; sibling = step(sibling, direction)) visit(sibling);
  }
  if (direction === 'backward') texts.reverse();
  // Labels ("Updated", "Posted on") often sit in their own element just before the date.
  return texts.map((piece, i) => ({
    dates(dayFirst: boolean) {
      const lead = texts.slice(Math.max(0, i - 2), i).map((t) => t.text).join(' ');
      const datetime = piece.time?.getAttribute('datetime')?.trim();
      if (datetime && /^\d{4}-\d{2}-\d{2}/.test(datetime)) {
        const known = datesInText(`${lead} ${datetime.slice(0, 10)}`, dayFirst).find((d) => d.index > lead.length);
        return [{ day: datetime.slice(0, 10), label: known?.label ?? 'plain', index: 0, datetime }];
      }
      return datesInText(`${lead} ${piece.text}`, dayFirst).filter((d) => d.index > lead.length);
    },
  }));
}

function step(node: Node, direction: 'forward' | 'backward'): Node | null {
  return direction === 'forward' ? node.nextSibling : node.previousSibling;
}

function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // An article's own <footer> is where HTML puts its byline; the page's footer is furniture.
  if (tag === 'FOOTER' && el.parentElement?.closest('article')) return false;
  return SKIPPED_TAGS.has(tag) || SKIPPED_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || el.hasAttribute('hidden');
}
