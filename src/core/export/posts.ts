import type { ArticleRecord } from '../types';
import type { Preset } from '../presets';
import { placeWith, placementAt, postContent, presetVariables, type PostPlacement } from '../presets/post';
import type { Variables } from '../template/variables';
import type { ExportArchive } from './archive';
import { imageDestinations, imageFileName, imageAddressKey, rewriteImageLinks } from './images';
import { REPORT_FILE, reportText, type LeftOut } from './report';

/** An image kept with an article; its bytes are read only when it is written. */
export interface ExportImage {
  url: string;
  type: string;
  read(): Promise<Uint8Array>;
}

/** One article to export, or null when it is no longer in the library. */
export interface ExportItem {
  id: string;
  article: { record: ArticleRecord; markdown: string; text: string; images: ExportImage[] } | null;
}

export interface ExportSummary {
  /** Articles written. */
  articles: number;
  /** Image files written. */
  images: number;
  leftOut: LeftOut[];
}

type Article = NonNullable<ExportItem['article']>;

/**
 * Writes `items` into `archive` in `preset`'s layout, one article at a time: each article's kept
 * images go into the preset's image folder and its Markdown links them there; images not kept stay
 * linked to the original. Anything left out is listed in a report file inside the archive. The
 * archive is not finished, so a caller may add more.
 */
export async function writeExport(
  preset: Preset,
  items: AsyncIterable<ExportItem>,
  archive: ExportArchive,
  onProgress?: (done: number) => void,
): Promise<ExportSummary> {
  const summary: ExportSummary = { articles: 0, images: 0, leftOut: [] };
  const folders = new Set<string>();
  let done = 0;
  for await (const item of items) {
    if (!item.article) summary.leftOut.push({ article: item.id, what: 'the article', reason: 'it is no longer in your library' });
    else {
      try {
        summary.images += await writeArticle(preset, item.article, archive, folders, summary.leftOut);
        summary.articles++;
      } catch (error) {
        summary.leftOut.push({ article: item.article.record.title, what: 'the article', reason: (error as Error).message });
      }
    }
    onProgress?.(++done);
  }
  if (summary.leftOut.length) archive.addText(archive.claim(REPORT_FILE), reportText(preset, summary.articles, summary.leftOut));
  return summary;
}

// Folders compare without case, as paths in the archive do.
const folderKey = (folder: string) => folder.toLowerCase();

/** Writes one article's post and its kept images; returns how many images were written. */
async function writeArticle(preset: Preset, article: Article, archive: ExportArchive, folders: Set<string>, leftOut: LeftOut[]): Promise<number> {
  const { record } = article;
  const ownFolder = preset.imageFolder.includes('{{');
  const { variables, placement } = placeFree(preset, presetVariables(preset, record, article.text), (place) =>
    archive.isFree(place.path) && !(ownFolder && folders.has(folderKey(place.imageFolder))),
  );

  // Each image the post shows (and its lead image) gets a file name, if the library kept it.
  const byAddress = new Map(article.images.map((image) => [imageAddressKey(image.url), image]));
  const files = new Map<ExportImage, string>();
  const missing = new Set<string>();
  for (const address of [...imageDestinations(article.markdown), ...(record.leadImage ? [record.leadImage] : [])]) {
    const image = byAddress.get(imageAddressKey(address));
    if (!image) missing.add(address);
    else if (!files.has(image)) files.set(image, archive.claim(`${placement.imageFolder}/${imageFileName(image.url, image.type)}`));
  }
  const render = () => {
    const linkTo = (address: string) => {
      const image = byAddress.get(imageAddressKey(address));
      const path = image && files.get(image);
      return path && placement.imageLink(path.split('/').pop()!);
    };
    const lead = record.leadImage && linkTo(record.leadImage);
    return postContent(preset, lead ? { ...variables, image: lead } : variables, rewriteImageLinks(article.markdown, linkTo), record.note);
  };
  // Rendered before any image is written, so an article whose template fails leaves nothing behind.
  const content = render();
  const postPath = archive.claim(placement.path);
  if (ownFolder) folders.add(folderKey(placement.imageFolder));

  const kept = files.size;
  for (const [image, path] of files) {
    try {
      archive.addBytes(path, await image.read());
    } catch (error) {
      files.delete(image);
      leftOut.push({ article: record.title, what: `image ${image.url}`, reason: `it could not be read from the library (${(error as Error).message}); linked to the original` });
    }
  }
  const failed = new Map(record.images.failed.map((f) => [imageAddressKey(f.url), f.reason]));
  for (const address of missing) {
    const reason = failed.get(imageAddressKey(address));
    leftOut.push({ article: record.title, what: `image ${address}`, reason: `${reason ? `it could not be saved (${reason})` : 'it was not kept with the article'}; linked to the original` });
  }
  // An image that could not be read links to its original instead.
  archive.addText(postPath, files.size === kept ? content : render());
  return files.size;
}

/**
 * The first placement `isFree` accepts: the preset's own, else with the slug numbered (`slug-2`),
 * which renames a Hugo bundle's folder and a Jekyll post with its image folder alike. A template
 * that does not use the slug gets the part of the path that names the post numbered instead.
 */
function placeFree(preset: Preset, variables: Variables, isFree: (place: PostPlacement) => boolean): { variables: Variables; placement: PostPlacement } {
  const first = placeWith(preset, variables);
  if (isFree(first)) return { variables, placement: first };
  for (let n = 2; ; n++) {
    const numbered = { ...variables, slug: `${variables.slug}-${n}` };
    const placement = placeWith(preset, numbered);
    if (placement.path === first.path) break;
    if (isFree(placement)) return { variables: numbered, placement };
  }
  for (let n = 2; ; n++) {
    const placement = numberedPlacement(preset, first, n);
    if (isFree(placement)) return { variables, placement };
  }
}

/** `place` with `-n` on the part of its path that names the post: the file, or the folder of an `index.md`. */
function numberedPlacement(preset: Preset, place: PostPlacement, n: number): PostPlacement {
  const parts = place.path.split('/');
  const template = preset.fileNameTemplate.split('/');
  let at = parts.length - 1;
  if (template.length === parts.length && !template[at].includes('{{')) {
    const folder = template.slice(0, -1).findLastIndex((part) => part.includes('{{'));
    if (folder >= 0) at = folder;
  }
  const before = parts.slice(0, at + 1).join('/');
  parts[at] = at === parts.length - 1 ? parts[at].replace(/^(.*?)((?:\.[^.]*)?)$/, `$1-${n}$2`) : `${parts[at]}-${n}`;
  const after = parts.slice(0, at + 1).join('/');
  // Images kept inside the renamed folder (a page bundle) move with it.
  const inside = at < parts.length - 1 && (place.imageFolder === before || place.imageFolder.startsWith(`${before}/`));
  return placementAt(preset, parts.join('/'), inside ? after + place.imageFolder.slice(before.length) : place.imageFolder);
}
