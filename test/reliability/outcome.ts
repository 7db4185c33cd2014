// Runs the pure pipeline the way every entry point does, and reads its post back.
import { parse } from 'yaml';
import { NothingToSaveError } from '../../src/core/extract';
import { convertPage, type ConvertedPage } from '../../src/core/pipeline';

const SAVE = { id: 'reliability', now: Date.UTC(2026, 0, 15, 8, 0, 0), offset: 0 };

/** The converted page, or null for a clear "nothing to save"; any other error is thrown on. */
export function convertOrNothing(html: string, url: string): ConvertedPage | null {
  try {
    return convertPage(html, url, SAVE);
  } catch (error) {
    if (error instanceof NothingToSaveError) return null;
    throw error;
  }
}

/** The post's front matter parsed as YAML `version` ('1.1' for Jekyll's Psych, '1.2'). */
export function frontMatter(post: string, version: '1.1' | '1.2'): Record<string, unknown> {
  const match = post.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`post has no front matter: ${post.slice(0, 200)}`);
  return parse(match[1], { version }) as Record<string, unknown>;
}
