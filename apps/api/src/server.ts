import { runServer } from '@kraina/server-kit';
import { Redis } from 'ioredis';
import { contentSettingsOf, createApp } from './app.js';
import { loadConfig } from './config.js';
import { createContentStores } from './content/content-stores.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { watchReadReplica } from './db/read-replica.js';
import { openChangeBroadcast } from './http/change-broadcast.js';
import { clientErrorProblem } from './http/client-error-problem.js';
import { isEmpty, loadDemo } from './demo/load-demo.js';
import { createMediaStore } from './media/media-store.js';
import { openMediaStorage } from './media/open-media-storage.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import { connectAuthRedis } from './auth/auth-redis.js';
import { createUserStore } from './user/user-store.js';
import { createScheduledPublishing, startScheduledPublishing } from './workflow/scheduled-publishing.js';
import { createWorkflowMoves } from './workflow/workflow-moves.js';

// Migrations run at start (and through the CLI): a new clone, or a new version, is ready with no other step.
void runServer({
  service: 'api',
  loadConfig,
  startPath: '/api/health',
  answerClientError: clientErrorProblem,
  createApp: async (config, { logger }) => {
    const database = openDatabase(config.DATABASE_URL, { onConnectionLost: (error) => logger.warn({ err: error }, 'a database connection was lost; it will be reopened') });
    // Public reads only; the scheduler below, staff and every write stay on the primary.
    const replica =
      config.DATABASE_READ_URL === undefined
        ? undefined
        : watchReadReplica(openDatabase(config.DATABASE_READ_URL, { onConnectionLost: (error) => logger.warn({ err: error }, 'a read replica connection was lost; it will be reopened') }), { logger });
    const { applied } = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, 'database migrated');
    // Straight to the terminal, not through pino: the one time a password may be shown, it must not be kept in logs.
    const admin = await ensureFirstAdmin(createUserStore(database), config, (text) => process.stdout.write(`${text}\n`));
    if (admin !== undefined) logger.info({ email: admin }, 'the first admin account was created');
    if (config.KRAINA_DEMO === 'on' && (await isEmpty(database))) {
      logger.info('the database is empty: loading the demo portal');
      await loadDemo(createContentStores(database, contentSettingsOf(config)), createMediaStore(database, openMediaStorage(config)), new Date(), logger);
    }
    // In Redis when REDIS_URL is set, so every api process honours the same sessions and counts failed sign-ins together.
    const authRedis = connectAuthRedis(config, logger);
    // In Redis when REDIS_URL is set: each process empties its caches when any other one changes content.
    const changes = openChangeBroadcast(config, database, { logger });
    // No queue while disconnected: a count that cannot reach Redis fails at once and is kept in memory instead.
    const rateLimitRedis = config.REDIS_URL === undefined ? undefined : new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 5000 });
    rateLimitRedis?.on('error', (error: Error) => logger.warn({ err: error }, 'rate limits cannot reach Redis; counting in memory'));
    const listener = createApp(config, { database, logger, remoteChanges: changes, ...(authRedis ? { authRedis } : {}), ...(replica ? { replica } : {}), ...(rateLimitRedis ? { rateLimitRedis } : {}) });
    // Over the app's own database, so each publication empties its response cache like any other write.
    const stores = createContentStores(database, contentSettingsOf(config));
    const scheduler = createScheduledPublishing(database, createWorkflowMoves(database, stores));
    const running = startScheduledPublishing(scheduler, { intervalSeconds: config.SCHEDULER_INTERVAL_SECONDS, logger });
    return {
      listener,
      close: async () => {
        await running.stop();
        await authRedis?.quit();
        await changes.close();
        await rateLimitRedis?.quit();
        await replica?.close();
        await database.close();
      },
    };
  },
});
