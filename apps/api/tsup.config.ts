import { defineConfig } from 'tsup';

// One runnable file; dependencies stay in node_modules (tsup leaves `dependencies` external),
// so what runs in production is exactly what the lockfile pins.
export default defineConfig({
  entry: ['src/server.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
