import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser half of the islands (see README.md): each entry below becomes an ES module with a content-hashed name,
// code shared between islands and libraries loaded on demand split into chunks, and a manifest the server reads to
// name them. `npm run build -w @kraina/web` runs it after tsup, into dist/islands/.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Each island's entry module, by the name pages give `<Island name=…>`. */
export const islandEntries = {
  'place-map': here('./place-map/place-map-island.ts'),
};

export default defineConfig({
  root: here('./'),
  base: '/islands/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../../dist/islands'),
    emptyOutDir: true,
    manifest: true,
    // Browsers that run ES modules natively; nothing older gets islands, only the server-rendered page.
    target: 'es2020',
    // Every file is emitted rather than inlined as data: URLs, so the content security policy stays 'self'.
    assetsInlineLimit: 0,
    // Preloads are for pages vite renders; ours link their islands themselves.
    modulePreload: false,
    sourcemap: true,
    rollupOptions: {
      input: islandEntries,
      output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
