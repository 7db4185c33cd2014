import type { Preset } from '../presets';

/** Something an export could not include, and why. */
export interface LeftOut {
  /** The article's title (or its id when the article itself is gone). */
  article: string;
  /** What was left out: `the article`, or `image <url>`. */
  what: string;
  reason: string;
}

/** The report's name at the top of the zip; `.txt`, so no site generator publishes it as a page. */
export const REPORT_FILE = 'keepmark-export-report.txt';

/** The report of an export: what could not be included, grouped by article. */
export function reportText(preset: Preset, exported: number, leftOut: LeftOut[]): string {
  const byArticle = new Map<string, LeftOut[]>();
  for (const entry of leftOut) byArticle.set(entry.article, [...(byArticle.get(entry.article) ?? []), entry]);
  const lines = [
    'Keepmark export report',
    `Preset: ${preset.label}. Articles exported: ${exported}.`,
    `${leftOut.length === 1 ? '1 thing' : `${leftOut.length} things`} could not be included:`,
  ];
  for (const [article, entries] of byArticle) {
    lines.push('', article);
    for (const entry of entries) lines.push(`  - ${entry.what}: ${entry.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
