// Checks @kraina/core as npm will publish it: packs the tarball, lints the package (publint), checks its types
// resolve for every consumer (Are the Types Wrong?), then imports the packed files with both ESM and CJS.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspaceModules = resolve(packageDir, '../../node_modules');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'kraina-core-pack-'));
const run = (command, args, cwd = packageDir) => execFileSync(command, args, { cwd, stdio: 'inherit' });

try {
  run('npm', ['pack', '--pack-destination', scratch, '--silent']);
  const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz')));

  run(join(workspaceModules, '.bin/publint'), ['run', '--strict', packageDir]);
  run(join(workspaceModules, '.bin/attw'), [tarball, '--profile', 'node16', '--no-emoji']);

  // A consumer project holding only the packed files and the package's declared dependencies.
  const consumer = join(scratch, 'consumer');
  const installed = join(consumer, 'node_modules/@kraina/core');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const target = join(consumer, 'node_modules', dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(workspaceModules, dependency), target, 'dir');
  }
  const probe = `
    const check = (core, how) => {
      if (typeof core.createClient !== 'function' || !core.ArticleSchema || core.slugify('Мінск') !== 'minsk') {
        throw new Error('The ' + how + ' build is missing exports');
      }
      console.log('@kraina/core imports with ' + how);
    };`;
  writeFileSync(join(consumer, 'esm.mjs'), `${probe}\ncheck(await import('@kraina/core'), 'ESM import');\n`);
  writeFileSync(join(consumer, 'cjs.cjs'), `${probe}\ncheck(require('@kraina/core'), 'CJS require');\n`);
  run(process.execPath, ['esm.mjs'], consumer);
  run(process.execPath, ['cjs.cjs'], consumer);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
