import { htmlNodes } from '../html-nodes';
import type { PageCapture } from '../types';
import { adapterFor } from './adapters';
import { NothingToSaveError, finishContent, pageFields, repairContent } from './index';
import { repairTargets } from './repairs/targets';
import { readMetadata } from './metadata';
import { plainText } from './plain-text';
import { documentBase } from './urls';
import { pageParts } from './page-parts';

// Words of the selection a text fragment names at each end: enough to find the passage again.
const FRAGMENT_WORDS = 5;

/**
 * A capture of just the selected part of a page: `fragmentHtml` is the selection's HTML, `doc`
 * the page it was selected in (for its metadata; changed, so pass a document you own).
 * Its canonical URL points at the passage (a text fragment, `#:~:text=`), so a selection is
 * kept apart from the whole page and from other selections of it, and re-saving it updates it.
 */
export function captureSelection(doc: Document, pageUrl: string, fragmentHtml: string): PageCapture {
  const parts = pageParts(doc);
  const base = documentBase(parts, pageUrl);
  const meta = readMetadata(doc, parts, base);
  // The adapter's facts (a date or tags the site states its own way) describe the page as well.
  const facts = adapterFor(new URL(pageUrl))?.extract(doc, new URL(pageUrl)).facts ?? {};
  const content = doc.createElement('div');
  content.append(...htmlNodes(doc, fragmentHtml));
  repairContent(content, doc, repairTargets(content));
  const text = plainText(content);
  if (!text.trim()) throw new NothingToSaveError('The selection holds no text to save. Select the text you want and try again.');
  finishContent(content, base);
  const fields = pageFields(pageUrl, meta, facts, null, content);
  return { ...fields, canonicalUrl: passageUrl(fields.canonicalUrl, text), html: content.innerHTML.trim(), text, readerable: true };
}

/** `pageUrl` with a text fragment naming the passage `text` by its first and last words. */
export function passageUrl(pageUrl: string, text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  // Text fragments take whole words; a run of CJK has no spaces, so it is cut by characters.
  const ends = words.length > 1 ? words : [...(words[0] ?? '')];
  const join = words.length > 1 ? ' ' : '';
  const directive =
    ends.length <= FRAGMENT_WORDS * 2
      ? encodeFragmentText(ends.join(join))
      : `${encodeFragmentText(ends.slice(0, FRAGMENT_WORDS).join(join))},${encodeFragmentText(ends.slice(-FRAGMENT_WORDS).join(join))}`;
  const url = new URL(pageUrl);
  url.hash = `:~:text=${directive}`;
  return url.href;
}

/** Percent-encodes text for a text directive, where `-`, `,` and `&` are syntax. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
