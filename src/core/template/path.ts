import { safeFileName } from '../filename';
import { TemplateError, fillText, markPlaceholders, replaceMarkers } from './placeholders';
import type { Variables } from './variables';

/**
 * The path inside the export folder that a file-name or folder template gives for `variables`.
 * Only the template's own `/` separate folders: each part is filled, then made a safe file name,
 * so a value with `/`, `..` or `:` can never leave the export folder.
 */
export function renderPath(template: string, variables: Variables, where: string): string {
  const { marked, placeholders } = markPlaceholders(template, where);
  return marked
    .split('/')
    .map((part) => {
      if (part === '' || part === '.' || part === '..') {
        throw new TemplateError(`${where} "${template}" must name folders inside the export folder: no leading "/", "//", "." or "..".`);
      }
      return safeFileName(replaceMarkers(part, placeholders, (p) => fillText(p, variables, where)));
    })
    .join('/');
}
