import { createClient } from '@kraina/core';
import { runServer } from '@kraina/server-kit';
import { createContentApi } from './api/content-api.js';
import { followContentVersion } from './api/follow-content-version.js';
import { hearContentChanges } from './api/hear-content-changes.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

void runServer({
  service: 'web',
  loadConfig,
  createApp: (config, { logger }) => {
    const contentApi = createContentApi({ apiUrl: config.API_URL, cacheSeconds: config.API_CACHE_SECONDS });
    // A publication reaches every web process within CONTENT_POLL_SECONDS, not only when the cached answer expires.
    const follower = followContentVersion({
      api: createClient({ baseUrl: config.API_URL }),
      everyMs: config.CONTENT_POLL_SECONDS * 1000,
      onChange: contentApi.forgetAnswers,
      logger,
    });
    // With Redis, within moments: every API process tells each change on the portal's channel.
    const listener = hearContentChanges({ redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, onChange: contentApi.forgetAnswers, logger });
    return Promise.resolve({
      listener: createApp(config, { logger, contentApi }),
      close: async () => {
        await Promise.all([follower.close(), listener.close()]);
      },
    });
  },
  startPath: '/',
});
