import { runServer } from '@kraina/server-kit';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';

// Migrations run at start (and through the CLI): a new clone, or a new version, is ready with no other step.
void runServer({
  service: 'api',
  loadConfig,
  startPath: '/api/health',
  createApp: async (config, { logger }) => {
    const database = openDatabase(config.DATABASE_URL);
    const { applied } = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, 'database migrated');
    return { listener: createApp(config, { database, logger }), close: () => database.close() };
  },
});
