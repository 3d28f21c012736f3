import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LevelWithSilent, type Logger, pino } from 'pino';
import { type ClientErrorAnswer, answerClientErrors } from './answer-client-errors.js';
import { closeGracefully } from './close-gracefully.js';

/** The settings every app's config carries for its server: where to listen, how much to log, how long to drain. */
export interface ServerConfig {
  readonly HOST: string;
  readonly PORT: number;
  readonly LOG_LEVEL: LevelWithSilent;
  readonly SHUTDOWN_TIMEOUT_MS: number;
}

/** An app whose start-up opened something that must be closed once it stops serving. */
export interface PreparedApp {
  listener: RequestListener;
  close: () => Promise<void>;
}

/** What `runServer` needs from an app: its name, how it reads its settings and how it builds its request handler. */
export interface RunServerOptions<Config extends ServerConfig> {
  /** Names the app in every log line and start-up error, such as `api`. */
  service: string;
  /** Reads and checks the settings; a thrown error's message is printed as the one reason the app did not start. */
  loadConfig: () => Config;
  /**
   * Builds the app without listening, as tests do, but with the logger that writes to stdout. It may first open
   * what the app needs (a database) and return `close`, which runs after the last request has finished.
   */
  createApp: (config: Config, dependencies: { logger: Logger }) => RequestListener | Promise<RequestListener | PreparedApp>;
  /** The path in the address logged once listening: where a person would start, such as `/` or `/api/health`. */
  startPath: string;
  /** How to answer what the HTTP server refuses before the app sees it; plain text unless given. */
  answerClientError?: ClientErrorAnswer;
}

/**
 * Runs an app as a process: listens on the configured host and port, logs its address, and on SIGINT or SIGTERM
 * finishes the requests in flight before exiting; any failure to start or stop sets exit code 1.
 */
export async function runServer<Config extends ServerConfig>(options: RunServerOptions<Config>): Promise<Server> {
  const { service, loadConfig, createApp, startPath } = options;
  const config = orExit(service, () => loadConfig());
  const logger = pino({ level: config.LOG_LEVEL, base: { service } });
  let prepared: PreparedApp;
  try {
    const app = await createApp(config, { logger });
    prepared = typeof app === 'function' ? { listener: app, close: () => Promise.resolve() } : app;
  } catch (error) {
    return orExit(service, () => {
      throw error;
    });
  }
  const server = createServer(prepared.listener);
  answerClientErrors(server, options.answerClientError);

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') logger.fatal(`cannot listen on ${config.HOST}:${config.PORT}: another program is using it`);
    else logger.fatal({ err: error }, `cannot listen on ${config.HOST}:${config.PORT}`);
    process.exitCode = 1;
  });

  server.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ url: `http://${config.HOST}:${port}${startPath}` }, 'listening');
  });

  let isStopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // Ctrl-C reaches this process and also the launcher, which forwards it: the second must not cut the drain short.
      if (isStopping) return;
      isStopping = true;
      logger.info({ signal }, 'stopping: finishing requests in flight');
      closeGracefully(server, config.SHUTDOWN_TIMEOUT_MS)
        .then(async (result) => {
          await prepared.close();
          return result;
        })
        .then(
        ({ timedOut }) => {
          if (timedOut) {
            logger.warn(`requests still running after ${config.SHUTDOWN_TIMEOUT_MS} ms were cut off`);
            process.exitCode = 1;
          }
          logger.info('stopped');
        },
        (error: unknown) => {
          logger.error({ err: error }, 'stopping failed');
          process.exitCode = 1;
        },
      );
    });
  }
  return server;
}

// A person reads this at start-up: the message alone names the bad setting or the missing step; a stack would bury it.
function orExit<T>(service: string, prepare: () => T): T {
  try {
    return prepare();
  } catch (error) {
    console.error(`${service}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
