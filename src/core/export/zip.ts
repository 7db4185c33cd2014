import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { PostFile } from '../presets';

/**
 * Writes posts into a zip as they come, compressing each file as it is added, so the archive is
 * built from chunks rather than from one copy of every post held at once.
 */
export class PostArchive {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  private readonly seen = new Map<string, number>();

  /** Adds a post at its path; a second post of the same path becomes `name-2.md`. Returns the path used. */
  add(post: PostFile): string {
    const count = (this.seen.get(post.path) ?? 0) + 1;
    this.seen.set(post.path, count);
    const name = count === 1 ? post.path : post.path.replace(/\.md$/, `-${count}.md`);
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(strToU8(post.content), true);
    return name;
  }

  /** Ends the archive and returns its bytes as chunks (a Blob can be made from them without copying). */
  finish(): Uint8Array[] {
    this.zip.end();
    return this.chunks;
  }
}
