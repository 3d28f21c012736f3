import { defineConfig } from 'tsup';

// ESM only: the package is private and its only consumers are the apps' ESM test runs. vitest-projects is an
// entry of its own so a vitest.config.ts can import it without loading playwright-core.
export default defineConfig({
  entry: ['src/index.ts', 'src/vitest-projects.ts'],
  format: ['esm'],
  dts: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  // Everything this package imports is a devDependency, which tsup would otherwise bundle; vitest in particular
  // must stay the one copy the runner loaded, or describe() and it() would register nowhere.
  skipNodeModulesBundle: true,
});
