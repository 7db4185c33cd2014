import browser from '../shared/browser';
import { ask } from '../shared/ask';
import { t } from '../shared/i18n';
import type { ArticleRecord, ImageReport } from '../core/types';
import { imageReportSummary } from '../core/images/keep';
import { hostPattern } from '../core/images/host-pattern';

/** The host access `optional_host_permissions` in manifest.json offers, asked for in one prompt. */
export const IMAGE_HOSTS = ['http://*/*', 'https://*/*'];

function hostPatterns(report: ImageReport): string[] {
  return [...new Set(report.failed.map(({ url }) => hostPattern(url)))];
}

/** The report's section, made once below the save status. */
function section(): HTMLElement {
  let el = document.getElementById('image-report');
  if (el) return el;
  el = document.createElement('section');
  el.id = 'image-report';
  el.className = 'image-report';
  el.dataset.testid = 'image-report';
  el.setAttribute('role', 'status');
  document.getElementById('status')?.after(el);
  return el;
}

function failureList(report: ImageReport): HTMLDetailsElement {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('popupImagesWhichAndWhy');
  const list = document.createElement('ul');
  for (const { url, reason } of report.failed) {
    const item = document.createElement('li');
    item.dataset.testid = 'image-failure';
    item.textContent = `${url} — ${reason}`;
    list.append(item);
  }
  details.append(summary, list);
  return details;
}

async function render(id: string, report: ImageReport, note = ''): Promise<void> {
  const el = section();
  const summary = imageReportSummary(report);
  el.hidden = !summary && !note;
  const text = document.createElement('p');
  text.dataset.testid = 'image-report-text';
  text.textContent = summary ? `${summary}.${note ? ` ${note}` : ''}` : note;
  if (!summary) return el.replaceChildren(text);
  // Without host access the images stay links to the original: say so, and offer to ask for it.
  const patterns = hostPatterns(report);
  const needsAccess = !(await browser.permissions.contains({ origins: patterns }).catch(() => false));
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.dataset.testid = 'retry-images';
  retry.textContent = needsAccess ? t('popupImagesAllowAndRetry') : t('popupImagesRetry');
  retry.addEventListener('click', () => {
    // The request must come straight from the click: browsers grant nothing after an await.
    const granted = needsAccess ? browser.permissions.request({ origins: IMAGE_HOSTS }) : Promise.resolve(true);
    retry.disabled = true;
    retry.textContent = t('popupImagesRetrying');
    void granted.then(async (ok) => {
      if (!ok) return render(id, report, t('popupImagesNoPermission'));
      try {
        const after = await ask('retryImages', { id });
        await render(id, after, after.failed.length === 0 ? t('popupImagesAllSaved', after.total) : '');
      } catch (error) {
        await render(id, report, t('popupImagesRetryFailed', (error as Error).message));
      }
    });
  });
  const parts: HTMLElement[] = [text];
  if (needsAccess) {
    const why = document.createElement('p');
    why.className = 'why';
    why.textContent = t('popupImagesLeftAsLinks', t('popupImagesWhy'));
    parts.push(why);
  }
  el.replaceChildren(...parts, failureList(report), retry);
}

/** Shows what became of a saved article's images ("3 of 25 images could not be saved") with a retry. */
export function showImageReport(article: ArticleRecord | null): void {
  if (!article) {
    section().hidden = true;
    return;
  }
  void render(article.id, article.images);
}
