import { defineConfig } from 'tsup';

// One runnable file per entry; dependencies stay in node_modules (tsup leaves `dependencies` external),
// so what runs in production is exactly what the lockfile pins. The bench entries run from the build too
// (`npm run bench`); autocannon is only a devDependency, so it is named external rather than bundled.
export default defineConfig({
  entry: {
    server: 'src/server.ts',
    kraina: 'src/cli/main.ts',
    bench: 'src/bench/run-bench.ts',
    'bench-server': 'src/bench/serve-bench-target.ts',
    'scale-curve': 'src/bench/run-scale-curve.ts',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  splitting: false,
  external: ['autocannon'],
  clean: true,
});
