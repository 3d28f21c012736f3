import { defineConfig } from 'tsup';

// server.js is what runs; app.js and config.js are built too so the browser journeys in e2e/ start
// the same bundle in-process. Only dist/server is cleaned: dist/client is vite's.
export default defineConfig({
  entry: ['src/server/server.ts', 'src/server/app.ts', 'src/server/config.ts'],
  outDir: 'dist/server',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
