import express, { Router } from 'express';
import { islandsBasePath, loadBuiltIslands } from './island-manifest.js';

/**
 * `/islands/…`: the island build's files, kept by browsers and CDNs for a year without asking again, which their
 * content-hashed names make safe (a change is a new name). Loads the build's manifest for the pages as it starts.
 */
export function islandRoutes(islandsDir: string): Router {
  loadBuiltIslands(islandsDir);
  const router = Router({ strict: true });
  // serve-static leaves dotfiles out, so the manifest in .vite/ is never served.
  router.use(islandsBasePath, express.static(islandsDir, { index: false, immutable: true, maxAge: '365d', fallthrough: true, redirect: false }));
  return router;
}
