import { existsSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as AppModule from '../../src/app.js';
import type * as ConfigModule from '../../src/config.js';

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

// The journeys run what `npm start` runs, the bundle in dist/, so a bundling mistake fails here and not in production.
async function importBuilt<T>(file: string): Promise<T> {
  const path = fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: build first ("npm run build -w @kraina/web"; turbo's test task does).`);
  return (await import(pathToFileURL(path).href)) as T;
}

/** Starts the built site in this process on a free port. */
export async function startBuiltServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const { createApp } = await importBuilt<typeof AppModule>('app.js');
  const { loadConfig } = await importBuilt<typeof ConfigModule>('config.js');
  const server: Server = createServer(createApp(loadConfig(env)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
