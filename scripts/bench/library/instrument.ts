/**
 * Runs in a page before its own scripts (addInitScript). Records, in ms from navigation start:
 * `ready` — the first frame after the document is parsed; `rows` — the first frame after the first
 * article row is in the DOM; `inputs` — each input event on the page (capture, so before the
 * popup's own listener); `renders` — each change to the popup's result list.
 */
export const INSTRUMENT = `(() => {
  const b = (window.__bench = { inputs: [], renders: [] });
  const frame = (name) => requestAnimationFrame(() => { b[name] ??= performance.now(); });
  document.addEventListener('DOMContentLoaded', () => {
    frame('ready');
    const list = document.getElementById('library');
    if (list) new MutationObserver(() => b.renders.push(performance.now())).observe(list, { childList: true });
  });
  const rows = new MutationObserver(() => {
    if (document.querySelector('[data-testid=article-row]')) { rows.disconnect(); frame('rows'); }
  });
  rows.observe(document, { childList: true, subtree: true });
  document.addEventListener('input', () => b.inputs.push(performance.now()), true);
})();`;
