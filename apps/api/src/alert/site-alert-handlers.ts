import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { SiteAlertStore } from './site-alert-store.js';

type SiteAlertHandlers = Pick<ContractHandlers, 'listShowingAlerts' | 'listSiteAlerts' | 'createSiteAlert' | 'updateSiteAlert' | 'deleteSiteAlert'>;

/** The site alert routes; `now` is the clock that decides which banners show. */
export function siteAlertHandlers(alerts: SiteAlertStore, now: () => Date = () => new Date()): SiteAlertHandlers {
  return {
    listShowingAlerts: async () => ({ items: await alerts.showing(now()) }),
    listSiteAlerts: async () => ({ items: await alerts.list() }),
    createSiteAlert: ({ body }) => alerts.create(body),
    updateSiteAlert: ({ params, body, req }) => alerts.update(params.id, body, requiredVersionOf(req, body.version)),
    deleteSiteAlert: ({ params }) => alerts.delete(params.id),
  };
}
