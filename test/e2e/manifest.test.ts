// Least privilege: the BUILT manifests ask for exactly what the extension uses —
// storage, contextMenus, the *.gov.cn host pattern, and other sites only as an optional host
// permission requested at runtime. Reads .output/, so it lives with the e2e tests, which
// `npm test` runs after `npm run build`.
//
// It also scans the source for browser.* APIs that need a permission we do not declare
// (they would fail at runtime, or someone would be tempted to widen the manifest silently).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const API_PERMISSIONS = ['storage', 'contextMenus', 'activeTab'];
const HOSTS = ['*://*.gov.cn/*'];
const OPTIONAL_HOSTS = ['*://*/*'];
/** Chrome MV3 only: registering/injecting the content script on a site the user enabled */
const OPTIONAL_API_PERMISSIONS = ['scripting'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[] })[];
}

async function manifest(target: string): Promise<Manifest> {
  const path = join(ROOT, '.output', target, 'manifest.json');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`${path} is missing: run \`npm run build\` first`);
  });
  return JSON.parse(text) as Manifest;
}

const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

test('chrome-mv3: permissions, host and optional host permissions are exactly the agreed sets', async () => {
  const m = await manifest('chrome-mv3');
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(sorted(m.permissions), sorted(API_PERMISSIONS));
  assert.deepEqual(sorted(m.host_permissions), sorted(HOSTS));
  assert.deepEqual(sorted(m.optional_host_permissions), sorted(OPTIONAL_HOSTS));
  assert.deepEqual(sorted(m.optional_permissions), sorted(OPTIONAL_API_PERMISSIONS), 'only scripting, asked for with a site');
});

test('firefox-mv2: permissions are the API permissions plus the *.gov.cn host, nothing else', async () => {
  const m = await manifest('firefox-mv2');
  assert.equal(m.manifest_version, 2);
  // MV2 has no host_permissions key: hosts go into `permissions`.
  assert.deepEqual(sorted(m.permissions), sorted([...API_PERMISSIONS, ...HOSTS]));
  assert.equal(m.host_permissions, undefined);
});

// WXT 0.21.4 deletes `optional_host_permissions` for MV2 (mv3OnlyKeys in wxt's manifest.mjs)
// without moving it into `optional_permissions`: wxt.config.ts adds it for Firefox (9bd1f84).
test('firefox-mv2: other sites are an optional permission requested at runtime', async () => {
  const m = await manifest('firefox-mv2');
  assert.deepEqual(sorted(m.optional_permissions), sorted(OPTIONAL_HOSTS));
});

// The lazily loaded page scripts must be reachable from *.gov.cn pages only (any wider match
// would let every site fingerprint the extension), and nothing else may be exposed.
test('web-accessible resources: only the lazy page scripts, only to *.gov.cn; none in Firefox', async () => {
  const m = await manifest('chrome-mv3');
  const war = m.web_accessible_resources ?? [];
  assert.ok(war.length > 0);
  for (const entry of war) {
    assert.ok(typeof entry !== 'string', 'MV3 entries name their sites');
    assert.deepEqual(entry.matches, HOSTS, entry.resources.join(', '));
    for (const r of entry.resources) assert.match(r, /^(annotator|opencc)\.js$/, r);
  }
  // MV2's plain list would expose the files to every site; the background injects them instead
  assert.equal((await manifest('firefox-mv2')).web_accessible_resources, undefined);
});

test('content scripts run only on the *.gov.cn host pattern in both builds', async () => {
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const m = await manifest(target);
    const matches = new Set((m.content_scripts ?? []).flatMap((c) => c.matches));
    assert.deepEqual([...matches], HOSTS, target);
  }
});

// browser.<namespace> → the manifest permission it needs. Namespaces that need none
// (runtime, i18n, action, permissions, tabs without url access) are not listed.
const NEEDS: Record<string, string> = {
  storage: 'storage',
  contextMenus: 'contextMenus',
  menus: 'menus',
  scripting: 'scripting',
  downloads: 'downloads',
  cookies: 'cookies',
  history: 'history',
  bookmarks: 'bookmarks',
  notifications: 'notifications',
  webRequest: 'webRequest',
  webNavigation: 'webNavigation',
  declarativeNetRequest: 'declarativeNetRequest',
  alarms: 'alarms',
  clipboardWrite: 'clipboardWrite',
  unlimitedStorage: 'unlimitedStorage',
  offscreen: 'offscreen',
  sidePanel: 'sidePanel',
};

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(ROOT, dir), { withFileTypes: true }).catch(() => [])) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(rel)));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

test('every permission-gated browser API used in the source is declared', async () => {
  const m = await manifest('chrome-mv3');
  // optional ones count: the code checks they were granted before use (src/background/other-sites.ts)
  const declared = new Set([...(m.permissions ?? []), ...(m.optional_permissions ?? [])]);
  const missing: string[] = [];
  for (const dir of ['entrypoints', 'components', 'src']) {
    for (const file of await sourceFiles(dir)) {
      const text = await readFile(join(ROOT, file), 'utf8');
      for (const [, ns] of text.matchAll(/\b(?:browser|chrome)\.([A-Za-z]+)\b/g)) {
        const perm = ns ? NEEDS[ns] : undefined;
        if (perm && !declared.has(perm)) missing.push(`${file}: browser.${ns} needs "${perm}"`);
      }
    }
  }
  assert.deepEqual(missing, [], 'add the permission deliberately (and to this test), or stop using the API');
});
