import { afterEach, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { CAPTURE_FUNCTION, type CaptureReply } from '../../src/shared/messages';

const page = readFileSync(new URL('../fixtures/csdn-article/source.html', import.meta.url), 'utf8');
const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.document;
  delete globals.location;
  delete globals[CAPTURE_FUNCTION];
});

test('the content script captures the article and leaves the live page untouched', async () => {
  const { document } = parseHTML(page);
  globals.document = document;
  globals.location = { href: 'https://blog.csdn.net/gopher_notes/article/details/131200457' };
  const before = document.documentElement.outerHTML;
  await import('../../src/content/index');
  const reply = (globals[CAPTURE_FUNCTION] as () => CaptureReply)();
  expect(reply.ok).toBe(true);
  if (reply.ok) expect(reply.capture.title).toBe('用 Go 的 context 优雅地取消后台任务');
  // Extraction removed furniture and rewrote nodes — on its clone only.
  expect(document.documentElement.outerHTML).toBe(before);
  expect(document.querySelector('ul.pre-numbering')).not.toBeNull();
});
