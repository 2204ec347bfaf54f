#!/usr/bin/env node
// `npm start`: make sure the Electron binary is there (it is downloaded the first
// time, not at `npm install`, so that installs work without the download), then
// start the app with electron-vite. Fails with one clear message when the binary
// cannot be had.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

if (!existsSync(electronDir)) {
  console.error('npm start: the electron package is missing; run `npm install` first.');
  process.exit(1);
}
if (!existsSync(join(electronDir, 'path.txt'))) {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 22) console.error(`npm start: note: Electron's installer expects Node 22.12 or newer; this is Node ${process.versions.node}.`);
  console.error('npm start: downloading the Electron binary (first start only)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (install.status !== 0 || !existsSync(join(electronDir, 'path.txt'))) {
    const reason = (install.stderr || '').trim().split('\n').find((l) => /error|fail/i.test(l)) ?? `exit code ${install.status}`;
    console.error(`npm start: could not download the Electron binary (${reason.trim()}).`);
    console.error('The app needs it to open its window. Check the network connection (and proxy settings), then run `npm start` again.');
    process.exit(1);
  }
}
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ...(args.length ? args : ['dev'])], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
