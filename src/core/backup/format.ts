import type { ArticleBody, ArticleRecord } from '../types';

/** The first file of every backup, saying what the zip is. */
export const MANIFEST_FILE = 'keepmark-backup.json';
export const BACKUP_FORMAT = 'keepmark-backup';
/** Raise with a new layout, and teach `readBackup` the old one. */
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  articles: number;
}

/** An image as the backup lists it beside its article; its bytes are the zip file `file`. */
export interface BackupImageEntry {
  url: string;
  type: string;
  file: string;
  size: number;
  /** Hex SHA-256 of the bytes: the zip format's own check is not read back by the unzipper. */
  sha256: string;
}

/** One article's file in the backup. */
export interface BackupArticleEntry {
  record: ArticleRecord;
  body: ArticleBody;
  images: BackupImageEntry[];
}

/** One article read back from a backup, its images' bytes checked. */
export interface BackupArticle {
  record: ArticleRecord;
  body: ArticleBody;
  images: { url: string; type: string; bytes: Uint8Array }[];
}

/** A backup that cannot be restored; the message says why, for the user. */
export class BackupError extends Error {}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || isString(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isString);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Whether `value` has every field of an article record, of the right kind. */
export function isArticleRecord(value: unknown): value is ArticleRecord {
  if (!isObject(value)) return false;
  const r = value;
  const images = r.images;
  return (
    [r.id, r.url, r.canonicalUrl, r.title, r.note].every(isString) &&
    [r.byline, r.published, r.siteName, r.lang, r.description, r.artid, r.leadImage].every(isNullableString) &&
    [r.keywords, r.tags, r.categories, r.userTags].every(isStrings) &&
    [r.createdAt, r.savedAt, r.savedOffset].every(isNumber) &&
    isObject(images) &&
    isNumber(images.total) &&
    isNumber(images.saved) &&
    Array.isArray(images.failed) &&
    images.failed.every((f) => isObject(f) && isString(f.url) && isString(f.reason))
  );
}

export function isArticleBody(value: unknown, id: string): value is ArticleBody {
  return isObject(value) && value.id === id && [value.html, value.markdown, value.text].every(isString);
}

export function isImageEntry(value: unknown): value is BackupImageEntry {
  return isObject(value) && [value.url, value.type, value.file, value.sha256].every(isString) && isNumber(value.size);
}
