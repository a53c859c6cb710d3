/**
 * Checks that turn a missing browser or build into a clear test FAILURE (never a silent skip).
 * CI installs the browsers (scripts/ensure-browsers.mjs) and `npm test` builds before e2e.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROME_BUILD = join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(REPO_ROOT, '.output/firefox-mv2');

const INSTALL_HINT = 'run `node scripts/ensure-browsers.mjs` (as root it installs chromium, firefox-esr and fonts-wqy-zenhei with apt)';

export function requireBrowser(path: string, name: string): void {
  if (!existsSync(path)) throw new Error(`${name} not found at ${path}: ${INSTALL_HINT}.`);
}

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
}
