// Installs the workspace's dependencies when they are missing or older than the lockfile, so `npm start` and
// `npm test` work straight after a clone or a pull. Shared by start.mjs and test.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, one level above this file. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm ci` on a fresh clone, `npm install` when package-lock.json changed since the last install; else nothing. */
export function ensureInstalled() {
  const lockfile = join(root, 'package-lock.json');
  const modules = join(root, 'node_modules');
  // npm writes this copy of the lockfile at the end of every install: its age is the age of node_modules.
  const installed = join(modules, '.package-lock.json');

  let args;
  if (!existsSync(modules)) args = ['ci'];
  else if (!existsSync(installed) || statSync(lockfile).mtimeMs > statSync(installed).mtimeMs) args = ['install'];
  else return;

  console.log(`kraina: node_modules ${args[0] === 'ci' ? 'is missing' : 'is older than package-lock.json'}; running npm ${args[0]}`);
  const result = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    // Windows finds npm.cmd only through a shell; elsewhere npm is spawned directly.
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`kraina: npm ${args[0]} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status ?? 1);
  }
  // An install that changed nothing leaves the marker untouched and would run again every time; mark it current.
  if (existsSync(installed)) {
    const now = new Date();
    utimesSync(installed, now, now);
  }
}

