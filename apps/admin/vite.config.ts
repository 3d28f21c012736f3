import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client builds into dist/client; tsup builds the server beside it into dist/server.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/client', emptyOutDir: true, sourcemap: true },
});
