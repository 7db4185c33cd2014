import type { SaveOutcome } from '../shared/messages';

/** One tab of "Save all tabs" and what became of it. */
export interface TabResult {
  /** The tab's title or address, as the user knows the tab. */
  label: string;
  outcome: SaveOutcome;
}

/** The summary "Save all tabs" shows: a headline with the counts, and one line per tab not saved. */
export function summarizeBatch(results: TabResult[]): { headline: string; problems: string[] } {
  const saved = results.filter((r) => r.outcome.status === 'saved').length;
  const updated = results.filter((r) => r.outcome.status === 'updated').length;
  const notArticles = results.filter((r) => r.outcome.status === 'not-article').length;
  const failed = results.filter((r) => r.outcome.status === 'failed').length;
  const kept = saved + updated;
  const parts = [`Saved ${kept} of ${results.length} ${results.length === 1 ? 'tab' : 'tabs'}${updated ? ` (${updated} updated)` : ''}.`];
  if (notArticles) parts.push(`${notArticles} ${notArticles === 1 ? 'is' : 'are'} not an article.`);
  if (failed) parts.push(`${failed} failed.`);
  const problems = results.flatMap(({ label, outcome }) => {
    if (outcome.status === 'not-article') return [`${label}: not an article, so not saved (open it and use “Save anyway” to keep it).`];
    if (outcome.status === 'failed') return [`${label}: ${outcome.reason}`];
    return [];
  });
  return { headline: parts.join(' '), problems };
}
