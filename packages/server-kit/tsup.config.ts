import { defineConfig } from 'tsup';

// ESM only: the package is private and its only consumers are the workspace's ESM apps.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
