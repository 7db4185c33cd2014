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

/** The optional host patterns README.md justifies, from its "Optional host access" line. */
function justifiedOptionalHosts(): string[] {
  const line = README.split('### Permissions and why')[1]?.match(/^Optional host access: `optional_host_permissions` (.+?)\. /m)?.[1] ?? '';
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

const manifest = (browser: string) => JSON.parse(readFileSync(new URL(`../../dist/${browser}/manifest.json`, import.meta.url), 'utf8'));

test('README justifies the permissions Keepmark uses', () => {
  expect(justified().sort()).toEqual(['activeTab', 'contextMenus', 'declarativeNetRequestWithHostAccess', 'downloads', 'scripting', 'storage']);
  expect(justifiedOptionalHosts()).toEqual(['http://*/*', 'https://*/*']);
});

describe.each(['chrome', 'firefox'])('the built %s manifest', (browser) => {
  test('asks only for justified permissions, and for no host access at install', () => {
    const m = manifest(browser);
    const allowed = new Set(justified());
    const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    expect(asked.filter((p: string) => !allowed.has(p))).toEqual([]);
    // No host access at install: a click's activeTab is enough to save; wider access is optional,
    // asked for when a feature needs it, and only the patterns README justifies.
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual(justifiedOptionalHosts());
    expect(asked.filter((p: string) => /[:/*]|<all_urls>/.test(p))).toEqual([]);
    expect(m.content_scripts).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });
});
