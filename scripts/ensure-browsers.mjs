#!/usr/bin/env node
// Makes sure the browsers the e2e tests and the demo drive are installed: Debian's chromium and
// firefox-esr, plus fonts-wqy-zenhei so Chinese is readable in screenshots. Installs what is
// missing with apt when we are root (or have password-less sudo); otherwise prints the exact
// command and exits 1. Does nothing (quickly) when everything is there.
// CHROMIUM_PATH / FIREFOX_PATH point at other binaries (the test harness honours them too).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { pkg: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'firefox-esr', present: () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') },
  { pkg: 'fonts-wqy-zenhei', present: () => debInstalled('fonts-wqy-zenhei') || existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc') },
];

function debInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .includes('install ok installed');
  } catch {
    return false;
  }
}

const missing = wanted.filter((w) => !w.present()).map((w) => w.pkg);
if (missing.length === 0) {
  console.log('ensure-browsers: chromium, firefox-esr and fonts-wqy-zenhei are installed.');
  process.exit(0);
}

const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!hasApt) {
  console.error(`ensure-browsers: missing ${missing.join(', ')} and apt-get is not available.`);
  console.error('Install Chromium and Firefox ESR with your package manager, then set CHROMIUM_PATH / FIREFOX_PATH.');
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!isRoot && !canSudo) {
  console.error(`ensure-browsers: missing ${missing.join(', ')}. Install them with:\n\n  sudo sh -c '${install}'\n`);
  process.exit(1);
}

console.log(`ensure-browsers: installing ${missing.join(', ')} with apt …`);
const cmd = isRoot ? 'sh' : 'sudo';
const args = isRoot ? ['-c', install] : ['sh', '-c', install];
const result = spawnSync(cmd, args, {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
const still = wanted.filter((w) => !w.present()).map((w) => w.pkg);
if (result.status !== 0 || still.length > 0) {
  console.error(
    result.status !== 0
      ? `ensure-browsers: apt-get failed (exit ${result.status}); still missing: ${still.join(', ')}.`
      : `ensure-browsers: apt-get succeeded but ${still.join(', ')} is still not found (check CHROMIUM_PATH / FIREFOX_PATH).`,
  );
  process.exit(1);
}
console.log('ensure-browsers: done.');
