import type { PageCapture } from '../../types';

/** What a site adapter knows better than the generic extractor. Every field is optional. */
export type SiteFacts = Partial<
  Pick<PageCapture, 'title' | 'byline' | 'published' | 'siteName' | 'description' | 'keywords' | 'tags' | 'categories' | 'artid' | 'leadImage'>
>;

/** One site's knowledge: where its article is, what to drop, and metadata the page states its own way. */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  /**
   * Reads the site's facts and returns the element holding the article (after removing the site's
   * furniture from it), or `content: null` to let the generic extractor find it.
   */
  extract(doc: Document, url: URL): { content: Element | null; facts: SiteFacts };
}
