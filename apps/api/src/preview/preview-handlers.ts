import { randomBytes } from 'node:crypto';
import { AppError } from '@kraina/core';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { ContentStores } from '../content/content-stores.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { type PreviewTarget, createPreviewTokens } from './preview-token.js';

type PreviewHandlers = Pick<ContractHandlers, 'createArticlePreview' | 'createEventPreview' | 'createSitePreview' | 'readPreview'>;

// Whatever is wrong with a link (forged, expired, its item deleted) the answer is the same 404: a stranger learns
// nothing about which drafts exist.
const gone = () => new AppError('not-found', 'This preview link has expired or does not exist');

/** The preview routes: staff issue links to drafts, and whoever holds a link reads the draft until it expires. */
export function previewHandlers(stores: ContentStores, config: Config, logger: Logger, now?: () => Date): PreviewHandlers {
  if (config.PREVIEW_SECRET === undefined) logger.warn('PREVIEW_SECRET is not set: preview links work only on the api process that issued them, until it restarts');
  const tokens = createPreviewTokens(config.PREVIEW_SECRET ?? randomBytes(48).toString('base64url'), config.PREVIEW_TTL_MINUTES, now);

  function issue(target: PreviewTarget, exists: boolean) {
    if (!exists) throw new AppError('not-found', `No ${target.kind} ${target.id}`);
    const { token, expiresAt } = tokens.issue(target);
    return { token, path: `/preview/${token}`, expiresAt };
  }

  return {
    createArticlePreview: async ({ params }) => issue({ kind: 'article', id: params.id }, (await stores.articles.getById(params.id)) !== undefined),
    createEventPreview: async ({ params }) => issue({ kind: 'event', id: params.id }, (await stores.events.getById(params.id)) !== undefined),
    createSitePreview: async ({ params }) => issue({ kind: 'site', id: params.id }, (await stores.sites.getById(params.id)) !== undefined),
    readPreview: async ({ params }) => {
      const target = tokens.verify(params.token);
      if (target === undefined) throw gone();
      const { expiresAt } = target;
      if (target.kind === 'article') {
        const article = await stores.articles.getById(target.id);
        if (article === undefined) throw gone();
        return { kind: 'article', article, expiresAt };
      }
      if (target.kind === 'event') {
        const event = await stores.events.getById(target.id);
        if (event === undefined) throw gone();
        return { kind: 'event', event, expiresAt };
      }
      const site = await stores.sites.getById(target.id);
      if (site === undefined) throw gone();
      return { kind: 'site', site, expiresAt };
    },
  };
}
