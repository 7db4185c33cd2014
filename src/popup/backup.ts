import { BackupError } from '../core/backup/format';
import { readBackup } from '../core/backup/read';
import { BlobSink } from '../core/export/blob-sink';
import { openLibrary, type LibraryDB } from '../store/db';
import { backUpLibrary, restoreLibrary } from '../store/backup';

// Backup and restore run in this page, not the popup: a file picker closes Firefox's popup.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function show(text: string, tone: 'busy' | 'ok' | 'error'): void {
  $('backup-status').textContent = text;
  $('backup-status').className = `block ${tone}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

async function backUp(db: LibraryDB): Promise<void> {
  show('Backing up…', 'busy');
  try {
    const out = new BlobSink();
    const count = await backUpLibrary(db, out.sink);
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(out.blob()), download: `keepmark-backup-${new Date().toISOString().slice(0, 10)}.zip` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    show(`Backed up ${plural(count, 'article')} to ${link.download}.`, 'ok');
  } catch (error) {
    show(`Backup failed: ${(error as Error).message}`, 'error');
  }
}

async function restore(db: LibraryDB, file: File): Promise<void> {
  show(`Checking ${file.name}…`, 'busy');
  try {
    const articles = await readBackup(new Uint8Array(await file.arrayBuffer()));
    show(`Restoring ${plural(articles.length, 'article')}…`, 'busy');
    const { added, updated, unchanged } = await restoreLibrary(db, articles);
    show(`Restored ${file.name}: ${added} added, ${updated} updated, ${unchanged} already up to date.`, 'ok');
  } catch (error) {
    const why = error instanceof BackupError ? error.message : `Restore failed, and nothing was changed: ${(error as Error).message}`;
    show(`${why}${error instanceof BackupError ? ' Nothing was changed.' : ''}`, 'error');
  }
}

async function main(): Promise<void> {
  const db = await openLibrary();
  $('backup').addEventListener('click', () => void backUp(db));
  const input = $<HTMLInputElement>('restore-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void restore(db, file);
  });
}

main().catch((error) => show(`Keepmark could not open its library: ${(error as Error).message}`, 'error'));
