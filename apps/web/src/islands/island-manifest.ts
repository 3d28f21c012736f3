import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The island build (vite.config.ts) names every file by a hash of its content, so browsers may keep them for a year;
// its manifest is how the server learns today's names. It is read once, when the app is built, never per request.

/** Where the island files are served; the build writes under this base, the server answers it. */
export const islandsBasePath = '/islands/';

/** What a page loads for one island: its entry module and the stylesheets the entry imports, as absolute paths. */
export interface IslandAssets {
  script: string;
  styles: readonly string[];
}

/** Each built island by name, as the pages reference it. */
export type IslandManifest = ReadonlyMap<string, IslandAssets>;

// Only the fields this server reads; vite writes more (imports, dynamic imports, assets), which it resolves itself.
const ViteManifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), name: z.string().optional(), isEntry: z.boolean().optional(), css: z.array(z.string()).optional() }),
);

/** Where vite writes the manifest inside the island build's folder. */
export const manifestFileIn = (islandsDir: string) => join(islandsDir, '.vite', 'manifest.json');

/** Reads the island build's manifest: each entry's hashed module and stylesheets under the served base path. */
export function readIslandManifest(islandsDir: string): IslandManifest {
  const chunks = ViteManifestSchema.parse(JSON.parse(readFileSync(manifestFileIn(islandsDir), 'utf8')));
  const islands = new Map<string, IslandAssets>();
  for (const chunk of Object.values(chunks)) {
    if (!chunk.isEntry || chunk.name === undefined) continue;
    islands.set(chunk.name, { script: `${islandsBasePath}${chunk.file}`, styles: (chunk.css ?? []).map((file) => `${islandsBasePath}${file}`) });
  }
  return islands;
}

let built: IslandManifest = new Map();

/**
 * Loads the manifest of the island build in `islandsDir` for every page of this process to use, and returns it. The
 * build is one per process, so one module-wide manifest serves every app built in it. Without a build (unit tests
 * run from the sources, before `npm run build`), islands render their props but no script: pages stay complete,
 * since every island only enhances HTML that is already there.
 */
export function loadBuiltIslands(islandsDir: string): IslandManifest {
  built = existsSync(manifestFileIn(islandsDir)) ? readIslandManifest(islandsDir) : new Map();
  return built;
}

/** The assets of a built island, or undefined when this process has no island build. */
export function builtIsland(name: string): IslandAssets | undefined {
  return built.get(name);
}
