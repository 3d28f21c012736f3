import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// runServer owns the process (signals, exit codes), so each test runs it in a process of its own: the built
// package, as the apps run it, with an app whose every request takes ANSWER_AFTER_MS to answer.
const built = new URL('../dist/index.js', import.meta.url);
const fixture = `
import { runServer } from ${JSON.stringify(built.href)};
runServer({
  service: 'fixture',
  loadConfig: () => {
    if (process.env.CONFIG_ERROR) throw new Error(process.env.CONFIG_ERROR);
    const { PORT, SHUTDOWN_TIMEOUT_MS } = process.env;
    return { HOST: '127.0.0.1', PORT: Number(PORT), LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: Number(SHUTDOWN_TIMEOUT_MS) };
  },
  createApp: (_config, { logger }) => (_req, res) => {
    logger.info('arrived');
    // unref: once a request is cut off, its pending answer must not keep the process alive by itself.
    setTimeout(() => res.end('finished'), Number(process.env.ANSWER_AFTER_MS)).unref();
  },
  startPath: '/start',
});
`;

interface RunningFixture {
  child: ChildProcess;
  /** Resolves with the first log line whose message is `msg`. */
  logged: (msg: string) => Promise<Record<string, unknown>>;
  /** Every log line so far, parsed. */
  lines: Record<string, unknown>[];
  exited: Promise<{ code: number | null; stderr: string }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function runFixture(env: Record<string, string>): RunningFixture {
  const path = fileURLToPath(built);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build first ("npm run build -w @kraina/server-kit"; turbo's test task does).`);
  }
  const child = spawn(process.execPath, ['--input-type=module', '--eval', fixture], {
    env: { PORT: '0', SHUTDOWN_TIMEOUT_MS: '5000', ANSWER_AFTER_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  const waiting: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const waiter of waiting.filter((w) => w.msg === line.msg)) waiter.resolve(line);
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    child,
    lines,
    logged: (msg) =>
      new Promise((resolve) => {
        const seen = lines.find((line) => line.msg === msg);
        if (seen) resolve(seen);
        else waiting.push({ msg, resolve });
      }),
    exited: new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr }))),
  };
}

describe('runServer', () => {
  it('logs its address, then on SIGINT lets the request in flight finish and exits 0, though the signal comes twice', async () => {
    const server = runFixture({ ANSWER_AFTER_MS: '300' });
    const { url } = await server.logged('listening');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/start$/);

    const answer = fetch(String(url)).then((res) => res.text());
    await server.logged('arrived');
    server.child.kill('SIGINT');
    await server.logged('stopping: finishing requests in flight');
    server.child.kill('SIGINT');

    expect(await answer).toBe('finished');
    expect(await server.exited).toEqual({ code: 0, stderr: '' });
    expect(server.lines.map((line) => line.msg)).toEqual([
      'listening',
      'arrived',
      'stopping: finishing requests in flight',
      'stopped',
    ]);
    expect(server.lines[0]).toMatchObject({ service: 'fixture' });
  });

  it('exits 1 when a request outlasts SHUTDOWN_TIMEOUT_MS and is cut off', async () => {
    const server = runFixture({ ANSWER_AFTER_MS: '10000', SHUTDOWN_TIMEOUT_MS: '100' });
    const { url } = await server.logged('listening');
    const answer = fetch(String(url)).catch((error: unknown) => error);
    await server.logged('arrived');
    server.child.kill('SIGTERM');

    expect(await server.exited).toMatchObject({ code: 1 });
    expect(await answer).toBeInstanceOf(Error);
    expect(server.lines.map((line) => line.msg)).toContain('requests still running after 100 ms were cut off');
  });

  it('refuses to start with the one-line reason, named for the service, and exit code 1', async () => {
    const server = runFixture({ CONFIG_ERROR: 'Invalid configuration: PORT must be a port number' });

    expect(await server.exited).toEqual({ code: 1, stderr: 'fixture: Invalid configuration: PORT must be a port number\n' });
    expect(server.lines).toEqual([]);
  });

  it('exits 1, naming the address, when another program holds the port', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const server = runFixture({ PORT: String(port) });

      expect(await server.exited).toMatchObject({ code: 1 });
      expect(server.lines).toEqual([
        expect.objectContaining({ msg: `cannot listen on 127.0.0.1:${port}: another program is using it` }),
      ]);
    } finally {
      holder.close();
    }
  });
});
