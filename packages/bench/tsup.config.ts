import { defineConfig } from 'tsup';

// One runnable file per command; dependencies stay in node_modules (lighthouse in particular loads its own files
// at run time and cannot be bundled).
export default defineConfig({
  entry: {
    bench: 'src/bench.ts',
    audit: 'src/audit.ts',
    soak: 'src/soak.ts',
    'serve-recorded-pages': 'src/load/serve-recorded-pages.ts',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  skipNodeModulesBundle: true,
});
