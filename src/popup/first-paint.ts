/**
 * The popup's first paint: a classic script at the end of popup.html that puts the page's text in
 * the reader's language and draws the first screen of rows the popup last showed (first-screen.ts),
 * then loads the popup's own code (popup.ts, whose built address the build writes into this
 * script's `data-module`) once that frame is drawn. A module script runs before the page's first
 * frame and delays it by the time its code takes to load and start, however little it does first
 * (measured in docs/benchmarks.md); the rows it remembers are what the reader looks for first. The
 * rows drawn here are replaced, wired, as soon as the popup has read the library.
 */
import { localizePage, t } from '../shared/i18n';
import { rememberedFirstScreen } from './library/first-screen';
import { rowView } from './library/row';

// Read as the script runs: `currentScript` is null once it has returned.
const popupCode = (document.currentScript as HTMLScriptElement | null)?.dataset.module;

/** Loads the popup's code: at once when no rows were drawn (there is no frame to wait for), else after the next frame. */
function loadPopup(drawn: boolean): void {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    if (!popupCode) return cannotOpen('no address for its code');
    // A module script, not import(): the address comes from the page, and add-on linters refuse a computed import.
    const script = document.createElement('script');
    script.type = 'module';
    script.src = popupCode;
    script.addEventListener('error', () => cannotOpen(`${popupCode} did not load`));
    document.head.append(script);
  };
  // A page that is not shown draws no frames, so it loads at once; a timer stands in should a frame not come.
  if (!drawn || document.visibilityState === 'hidden') return load();
  requestAnimationFrame(() => setTimeout(load));
  setTimeout(load, 200);
}

/** Says the popup could not start, where it says how a save went. */
function cannotOpen(reason: string): void {
  document.getElementById('status-text')!.textContent = t('popupCannotOpen', reason);
  document.getElementById('status')!.className = 'status error';
}

let drawn = false;
try {
  localizePage();
  const remembered = rememberedFirstScreen();
  if (remembered) document.getElementById('library')!.replaceChildren(...remembered.map((record) => rowView(record, false).row));
  drawn = !!remembered;
} finally {
  // Whatever the first paint managed, the popup itself starts.
  loadPopup(drawn);
}
