import { existsSync } from 'node:fs';
import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Where an app's built server is and how to name it when it is missing. */
export interface BuiltServerOptions {
  /** The folder tsup builds the server into, holding `app.js` (exports `createApp`) and `config.js` (`loadConfig`). */
  distDir: URL;
  /** The workspace that builds it, named in the "build first" message, such as `@kraina/web`. */
  workspace: string;
  /** Settings handed to `loadConfig` in place of `process.env`, so the journeys never depend on the shell. */
  env?: Record<string, string>;
}

// What every app's bundle exports, as its own src/app.ts and src/config.ts declare them.
interface AppModule {
  createApp: (config: unknown) => RequestListener;
}
interface ConfigModule {
  loadConfig: (env: Record<string, string>) => unknown;
}

// The journeys run what `npm start` runs, the bundle in dist/, so a bundling mistake fails here and not in production.
async function importBuilt<T>(distDir: URL, file: string, workspace: string): Promise<T> {
  const path = fileURLToPath(new URL(file, distDir));
  if (!existsSync(path)) throw new Error(`${path} is missing: build first ("npm run build -w ${workspace}"; turbo's test task does).`);
  return (await import(pathToFileURL(path).href)) as T;
}

/** Starts an app's built server in this process on a free port. */
export async function startBuiltServer({ distDir, workspace, env = {} }: BuiltServerOptions): Promise<RunningServer> {
  const { createApp } = await importBuilt<AppModule>(distDir, 'app.js', workspace);
  const { loadConfig } = await importBuilt<ConfigModule>(distDir, 'config.js', workspace);
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
