import { AppError } from '@kraina/core';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { baseVersionOf } from '../contract/if-match.js';
import type { SiteStore } from './site-store.js';

type SiteHandlers = Pick<ContractHandlers, 'listSites' | 'getSite' | 'createSite' | 'updateSite' | 'deleteSite'>;

/** The place routes: each turns a validated request into one store call. */
export function siteHandlers(sites: SiteStore): SiteHandlers {
  return {
    listSites: ({ query, locale }) => sites.list(query, locale),
    getSite: async ({ params, locale }) => {
      const site = await sites.findPublishedBySlug(params.slug, locale);
      if (!site) throw new AppError('not-found', `No place "${params.slug}" is published`);
      return site;
    },
    createSite: ({ body, staff }) => sites.create(body, staff.id),
    updateSite: ({ params, body, staff, req }) => sites.update(params.id, body, baseVersionOf(req, body.version), staff.id),
    deleteSite: ({ params, req }) => sites.delete(params.id, baseVersionOf(req)),
  };
}
