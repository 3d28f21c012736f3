import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The monorepo's root: the nearest folder above this file whose package.json declares workspaces. Found rather
 * than written as `../../..`, since this code runs from src/ in tests and from the flat dist/ bundle in commands.
 */
export function repoRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    dir = dirname(dir);
  }
  throw new Error(`No workspace root above ${from}`);
}
