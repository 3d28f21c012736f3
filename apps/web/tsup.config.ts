import { defineConfig } from 'tsup';

// server.js is what runs; app.js and config.js are built too so the browser journeys in e2e/ start
// the same bundle in-process. Dependencies stay external, resolved from node_modules at run time.
export default defineConfig({
  entry: ['src/server.ts', 'src/app.ts', 'src/config.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
