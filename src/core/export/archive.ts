import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** Receives the zip's bytes as they are written. */
export type ZipSink = (chunk: Uint8Array) => void;

// Paths compare without case: macOS and Windows would unpack `Post.md` over `post.md`.
const key = (path: string) => path.toLowerCase();

/**
 * A zip written as files come: each file goes to `sink` as it is added (text deflated, images
 * stored as they are, since they are compressed already), so no file is kept after it is added.
 * It remembers which paths are taken, so no file overwrites another when the zip is unpacked.
 */
export class ExportArchive {
  private readonly taken = new Set<string>();
  // Paths claimed for a file not written yet.
  private readonly claimed = new Set<string>();
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor(sink: ZipSink, private readonly mtime?: Date) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else sink(chunk);
    });
  }

  /** Whether a file may still be written at `path`. */
  isFree(path: string): boolean {
    return !this.taken.has(key(path));
  }

  /** Takes `path`, or else `stem-2.ext`, `stem-3.ext`… in the same folder, whichever is free first, for a file to come. */
  claim(path: string): string {
    const [, stem, extension] = path.match(/^(.*?)((?:\.[^./]*)?)$/)!;
    let candidate = path;
    for (let n = 2; !this.isFree(candidate); n++) candidate = `${stem}-${n}${extension}`;
    this.taken.add(key(candidate));
    this.claimed.add(key(candidate));
    return candidate;
  }

  /** Adds a text file, deflated. */
  addText(path: string, text: string): void {
    this.add(new ZipDeflate(path, { level: 6 }), path, strToU8(text));
  }

  /** Adds a file's bytes as they are, without compressing them again. */
  addBytes(path: string, bytes: Uint8Array): void {
    this.add(new ZipPassThrough(path), path, bytes);
  }

  /** Ends the zip; its last bytes go to the sink. */
  finish(): void {
    this.zip.end();
    this.check();
  }

  private add(file: ZipDeflate | ZipPassThrough, path: string, bytes: Uint8Array): void {
    if (!this.claimed.delete(key(path)) && !this.isFree(path)) throw new Error(`Two files at ${path} in one zip.`);
    this.taken.add(key(path));
    // A fixed time makes the same content give the same bytes (backups compare equal).
    if (this.mtime) file.mtime = this.mtime;
    this.zip.add(file);
    file.push(bytes, true);
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
