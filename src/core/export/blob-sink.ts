import type { ZipSink } from './archive';

// Chunks are gathered into a Blob part every few megabytes: a browser keeps Blob data outside
// the script's heap (on disk when large), and a Blob made of Blobs does not copy them.
const PART_BYTES = 4 * 1024 * 1024;

/** Collects a zip's chunks into one Blob without holding the whole zip as arrays at once. */
export class BlobSink {
  private readonly parts: Blob[] = [];
  private chunks: Uint8Array[] = [];
  private pending = 0;
  size = 0;

  readonly sink: ZipSink = (chunk) => {
    this.chunks.push(chunk);
    this.pending += chunk.length;
    this.size += chunk.length;
    if (this.pending >= PART_BYTES) this.flush();
  };

  /** The whole zip. */
  blob(type = 'application/zip'): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (this.chunks.length) this.parts.push(new Blob(this.chunks as BlobPart[]));
    this.chunks = [];
    this.pending = 0;
  }
}
