import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';

/** A built server running in a process of its own. */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves once the process has exited, however it ended. */
  exited: Promise<void>;
  /** Asks it to stop (SIGTERM, so it drains as in production) and waits until it has. */
  stop: () => Promise<void>;
}

/** What to run and how to know it is ready. */
export interface ServerProcessOptions {
  /** Named in messages: "the api did not start". */
  name: string;
  /** The built entry, such as apps/web/dist/server.js, run with this Node. */
  entry: string;
  cwd?: string | undefined;
  /** The whole environment besides PATH, PORT and HOST: nothing leaks in from the shell, so runs are repeatable. */
  env: Record<string, string>;
  /** A path answering 2xx once the server is ready, such as /health. */
  health: string;
  readyWithinMs: number;
  /** The port to listen on, to start a server again where it was; a free one unless given. */
  port?: number | undefined;
}

/** A port nobody listens on right now, on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts a built server as `npm start` runs it, `node <entry>`, on loopback, and resolves once its health check
 * answers: for tests and benchmarks that need the real process (to kill it, restart it, or measure it alone). Its
 * output is kept and shown only if it fails to start.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [options.entry], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    env: { PATH: process.env.PATH ?? '', ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + options.readyWithinMs;
  while (!(await answers(`${url}${options.health}`))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The ${options.name} did not start (${options.entry}):\n${output.join('').slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port, child, exited, stop };
}
