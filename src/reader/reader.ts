import { ask } from '../shared/ask';
import type { ArticleRecord } from '../core/types';
import { openLibrary } from '../store/db';
import { getArticle } from '../store/library';
import { imagesOf } from '../store/images';
import { sanitizeArticle } from './sanitize';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showMessage(text: string): void {
  $('message').textContent = text;
  $('message').hidden = false;
  $('article').hidden = true;
}

function showStatus(text: string, tone: 'ok' | 'error'): void {
  $('status').textContent = text;
  $('status').className = `status ${tone}`;
}

function byline(record: ArticleRecord): string {
  const published = record.published ? new Date(record.published) : null;
  return [
    record.byline,
    record.siteName ?? new URL(record.url).hostname,
    published && !isNaN(published.valueOf()) ? published.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

async function exportMarkdown(id: string): Promise<void> {
  try {
    const { fileName } = await ask('exportArticle', { id });
    showStatus(`Exported to ${fileName}`, 'ok');
  } catch (error) {
    showStatus(`Export failed: ${(error as Error).message}`, 'error');
  }
}

/** Shows the saved article named by `?id=`, from the library alone: it works offline. */
async function main(): Promise<void> {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) return showMessage('No article was named. Open the reader from an article in Keepmark’s list.');
  const db = await openLibrary();
  const [article, images] = await Promise.all([getArticle(db, id), imagesOf(db, id)]);
  db.close();
  if (!article) return showMessage('This article is not in your library any more: it may have been deleted.');
  const { record, body } = article;
  // Each kept image is shown from its stored copy, under the address the article uses for it.
  const sources = new Map(images.map((image) => [image.url, URL.createObjectURL(image.blob)]));
  document.title = record.title;
  if (record.lang) $('article').lang = record.lang;
  $('title').textContent = record.title;
  $('byline').textContent = byline(record);
  $('body').replaceChildren(sanitizeArticle(window, body.html, sources));
  // Only a web address becomes a link: the reader never navigates to anything else.
  if (/^https?:/i.test(record.url)) $<HTMLAnchorElement>('original').href = record.url;
  else $('original').hidden = true;
  $('export').addEventListener('click', () => void exportMarkdown(id));
  $('actions').hidden = false;
  $('article').hidden = false;
}

main().catch((error) => showMessage(`Keepmark could not open this article: ${(error as Error).message}`));
