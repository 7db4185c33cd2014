// Least privilege: every permission a built manifest asks for is justified in README.md's
// "Permissions and why" table; anything else fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The permissions README.md justifies, read from its table. */
function justified(): string[] {
  const section = README.split('### Permissions and why')[1]?.split(/\n#{2,3} /)[0] ?? '';
  return [...section.matchAll(/^\| ([a-zA-Z.]+) \| .+ \|$/gm)].map((m) => m[1]).filter((name) => name !== 'permission');
}

const manifest = (browser: string) => JSON.parse(readFileSync(new URL(`../../dist/${browser}/manifest.json`, import.meta.url), 'utf8'));

test('README justifies the permissions Keepmark uses', () => {
  expect(justified().sort()).toEqual(['activeTab', 'contextMenus', 'downloads', 'scripting']);
});

describe.each(['chrome', 'firefox'])('the built %s manifest', (browser) => {
  test('asks only for justified permissions, and for no host access', () => {
    const m = manifest(browser);
    const allowed = new Set(justified());
    const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    expect(asked.filter((p: string) => !allowed.has(p))).toEqual([]);
    // Host access of any kind, required or optional, is not on the list: a click's activeTab is enough.
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(asked.filter((p: string) => /[:/*]|<all_urls>/.test(p))).toEqual([]);
    expect(m.content_scripts).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });
});
