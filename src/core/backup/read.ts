import { strFromU8, unzipSync } from 'fflate';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, MANIFEST_FILE, isArticleBody, isArticleRecord, isImageEntry, sha256, type BackupArticle } from './format';

const DAMAGED = 'This Keepmark backup is damaged';

function json(files: Record<string, Uint8Array>, name: string): unknown {
  try {
    return JSON.parse(strFromU8(files[name]));
  } catch {
    throw new BackupError(`${DAMAGED}: ${name} cannot be read.`);
  }
}

/**
 * Every article of a backup file, checked whole before anything is returned: a file that is not
 * a Keepmark backup, comes from a newer Keepmark, or has any part missing or altered is refused
 * with a message saying so, so a restore never writes half of a bad file.
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupArticle[]> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new BackupError('This file is not a Keepmark backup: it is not a zip file, or it is damaged.');
  }
  if (!files[MANIFEST_FILE]) throw new BackupError('This file is not a Keepmark backup: it has no keepmark-backup.json.');
  const manifest = json(files, MANIFEST_FILE) as Record<string, unknown> | null;
  if (manifest?.format !== BACKUP_FORMAT) throw new BackupError('This file is not a Keepmark backup.');
  if (typeof manifest.version !== 'number' || manifest.version > BACKUP_VERSION) {
    throw new BackupError('This backup was made by a newer version of Keepmark: update Keepmark to restore it.');
  }
  const names = Object.keys(files).filter((name) => /^articles\/\d{6}\.json$/.test(name)).sort();
  if (names.length !== manifest.articles) throw new BackupError(`${DAMAGED}: it should hold ${manifest.articles} articles but holds ${names.length}.`);

  const out: BackupArticle[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const entry = json(files, name) as Record<string, unknown> | null;
    if (!entry || !isArticleRecord(entry.record) || !isArticleBody(entry.body, entry.record.id) || !Array.isArray(entry.images) || !entry.images.every(isImageEntry)) {
      throw new BackupError(`${DAMAGED}: ${name} is not an article as Keepmark writes it.`);
    }
    if (seen.has(entry.record.canonicalUrl)) throw new BackupError(`${DAMAGED}: it holds ${entry.record.canonicalUrl} twice.`);
    seen.add(entry.record.canonicalUrl);
    const images = [];
    for (const image of entry.images) {
      const data = files[image.file];
      if (!data || data.length !== image.size || (await sha256(data)) !== image.sha256) throw new BackupError(`${DAMAGED}: the image ${image.file} is missing or altered.`);
      images.push({ url: image.url, type: image.type, bytes: data });
    }
    out.push({ record: entry.record, body: entry.body, images });
  }
  return out;
}
