import { defineConfig } from 'tsup';

// ESM for modern consumers, CJS for older toolchains, and declarations for both
// (index.d.ts beside index.js, index.d.cts beside index.cjs) so neither resolves the wrong types.
export default defineConfig({
  // testing/index is `@kraina/core/testing`: arbitraries for the contract's inputs, for other teams' property tests.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
