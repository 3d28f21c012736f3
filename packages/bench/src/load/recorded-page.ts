import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../servers/repo-root.js';

/** One page exactly as the web sent it: status, headers and bytes. */
export interface RecordedPage {
  path: string;
  status: number;
  headers: [string, string][];
  bodyBase64: string;
}

// Headers that belong to one connection or one moment, which node:http writes itself for every answer.
const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Fetches each page once from the running web, as the load generator will ask for it (no compression, no ETag). */
export async function recordPages(siteUrl: string, paths: readonly string[]): Promise<RecordedPage[]> {
  const pages: RecordedPage[] = [];
  for (const path of paths) {
    const response = await fetch(new URL(path, siteUrl), { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers].filter(([name]) => !perConnection.has(name));
    pages.push({ path, status: response.status, headers, bodyBase64: body.toString('base64') });
  }
  return pages;
}

/** The bare server answering the recorded pages, in a process of its own as the web is. */
export interface RecordedPagesServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Writes the pages to `file` and starts serve-recorded-pages.js over them; resolves once it listens. */
export async function serveRecordedPages(pages: readonly RecordedPage[], file: string): Promise<RecordedPagesServer> {
  await writeFile(file, JSON.stringify(pages));
  // Built by tsup as an entry of its own; found from the root so tests running from src/ start the same file.
  const entry = join(repoRoot(), 'packages/bench/dist/serve-recorded-pages.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first ("npm run build -w @kraina/bench").`);
  const child = fork(entry, [file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`The pre-rendered pages server exited with ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.disconnect();
      await exited;
    },
  };
}
