import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of a corpus with what its ground truth says. Fields a corpus lacks are null. */
export interface CorpusPage {
  id: string;
  url: string;
  pageType: string | null;
  mainContent: string;
  title: string | null;
  author: string | null;
  publishDate: string | null;
  with: string[];
  without: string[];
}

export interface Corpus {
  /** `scrapinghub`: ground-truth.json, scored by 4-gram shingles; `wcxb`: ground-truth/<id>.json, by word F1. */
  kind: 'scrapinghub' | 'wcxb';
  name: string;
  dir: string;
  pages: CorpusPage[];
  /** The page's HTML, read when needed so the whole corpus is never in memory at once. */
  html(page: CorpusPage): string;
}

/**
 * Reads either corpus layout from `dir`, pages sorted by id; the files stay where they are.
 * `types` keeps only pages of those WCXB page types (for iterating on one kind of page).
 */
export function loadCorpus(dir: string, limit = Infinity, types?: readonly string[]): Corpus {
  const root = resolve(dir);
  const html = (page: CorpusPage) => gunzipSync(readFileSync(join(root, 'html', `${page.id}.html.gz`))).toString('utf8');
  if (existsSync(join(root, 'ground-truth.json'))) {
    const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
    const pages = Object.keys(truth)
      .sort()
      .slice(0, limit)
      .map((id): CorpusPage => ({
        id,
        url: truth[id].url ?? '',
        pageType: null,
        mainContent: truth[id].articleBody ?? '',
        title: null,
        author: null,
        publishDate: null,
        with: [],
        without: [],
      }));
    return { kind: 'scrapinghub', name: basename(root), dir: root, pages, html };
  }
  if (existsSync(join(root, 'ground-truth'))) {
    const metaPath = join(root, 'metadata.json');
    const meta = existsSync(metaPath)
      ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { files?: Record<string, { page_type?: string }> }).files ?? {}
      : {};
    const pages = readdirSync(join(root, 'ground-truth'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort()
      .map((id) => wcxbPage(id, JSON.parse(readFileSync(join(root, 'ground-truth', `${id}.json`), 'utf8')), meta[id]?.page_type))
      .filter((page) => !types?.length || types.includes(page.pageType ?? ''))
      .slice(0, limit);
    return { kind: 'wcxb', name: basename(root), dir: root, pages, html };
  }
  throw new Error(`${root}: neither ground-truth.json (ScrapingHub layout) nor ground-truth/ (WCXB layout)`);
}

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } | string };
  ground_truth?: {
    main_content?: string | null;
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    with?: string[] | null;
    without?: string[] | null;
  };
}

function wcxbPage(id: string, data: WcxbFile, metadataType: string | undefined): CorpusPage {
  const gt = data.ground_truth ?? {};
  const internal = data._internal?.page_type;
  // WCXB's evaluate.py reads _internal.page_type.primary and files "category" under "collection".
  const type = (typeof internal === 'string' ? internal : internal?.primary) ?? metadataType ?? 'article';
  const present = (v: string | null | undefined) => (v && v.trim() ? v : null);
  return {
    id,
    url: data.url ?? '',
    pageType: type === 'category' ? 'collection' : type,
    mainContent: gt.main_content ?? '',
    title: present(gt.title),
    author: present(gt.author),
    publishDate: present(gt.publish_date),
    with: gt.with ?? [],
    without: gt.without ?? [],
  };
}
