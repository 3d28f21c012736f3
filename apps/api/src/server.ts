import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { closeGracefully } from './http/close-gracefully.js';

const config = orExit(() => loadConfig());
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'api' } });
const server = createServer(orExit(() => createApp(config, { logger })));

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') logger.fatal(`cannot listen on ${config.HOST}:${config.PORT}: another program is using it`);
  else logger.fatal({ err: error }, `cannot listen on ${config.HOST}:${config.PORT}`);
  process.exitCode = 1;
});

server.listen(config.PORT, config.HOST, () => {
  const { port } = server.address() as AddressInfo;
  logger.info({ url: `http://${config.HOST}:${port}/api/health` }, 'listening');
});

let isStopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process and also the launcher, which forwards it: the second must not cut the drain short.
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    closeGracefully(server, config.SHUTDOWN_TIMEOUT_MS).then(
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

// A person reads this at start-up: the message alone names the bad setting or the missing step; a stack would bury it.
function orExit<T>(prepare: () => T): T {
  try {
    return prepare();
  } catch (error) {
    console.error(`api: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
