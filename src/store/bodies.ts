import type { IDBPTransaction, StoreNames } from 'idb';
import type { ArticleBody } from '../core/types';
import type { LibrarySchema } from './db';

/**
 * An article's body is kept in two stores: `bodies` holds its HTML and Markdown, `texts` its plain
 * text. Search reads the text of every hit it shows (for the CJK check and the snippet) and nothing
 * else of the body: apart, a keystroke reads the text alone, not the HTML and Markdown beside it
 * (together at least twice its size). A transaction that reads or writes a whole body opens both.
 */
type BodyTx<Mode extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], Mode>;
type Track = <P>(request: Promise<P>) => Promise<P>;
const untracked: Track = (request) => request;

export async function readBody(tx: BodyTx<IDBTransactionMode>, id: string, track = untracked): Promise<ArticleBody | undefined> {
  // The pair is tracked, not each request: Promise.all observes both, the caller's track the pair.
  const [body, text] = await track(Promise.all([tx.objectStore('bodies').get(id), tx.objectStore('texts').get(id)]));
  return body && { ...body, text: text?.text ?? '' };
}

export function readText(tx: BodyTx<IDBTransactionMode>, id: string, track = untracked): Promise<string | undefined> {
  return track(tx.objectStore('texts').get(id)).then((row) => row?.text);
}

export function putBody(tx: BodyTx<'readwrite' | 'versionchange'>, track: Track, { text, ...body }: ArticleBody): Promise<unknown> {
  return track(Promise.all([tx.objectStore('bodies').put(body), tx.objectStore('texts').put({ id: body.id, text })]));
}

export function deleteBody(tx: BodyTx<'readwrite'>, track: Track, id: string): Promise<unknown> {
  return track(Promise.all([tx.objectStore('bodies').delete(id), tx.objectStore('texts').delete(id)]));
}
