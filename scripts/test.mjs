// `npm test`: install what is missing, then build, typecheck, lint and test every package through turbo.
// Extra arguments reach turbo: `npm test -- --filter=./apps/*` runs the apps' share only.
import { spawnSync } from 'node:child_process';
import { ensureInstalled, root } from './ensure-installed.mjs';

ensureInstalled();
const turbo = spawnSync('npx', ['--no-install', 'turbo', 'run', 'build', 'typecheck', 'lint', 'test', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (turbo.error) console.error(`kraina: could not run turbo: ${turbo.error.message}`);
process.exit(turbo.status ?? 1);
