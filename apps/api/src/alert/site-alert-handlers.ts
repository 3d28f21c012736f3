import { actorOf } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { SiteAlertStore } from './site-alert-store.js';

type SiteAlertHandlers = Pick<ContractHandlers, 'listShowingAlerts' | 'listSiteAlerts' | 'createSiteAlert' | 'updateSiteAlert' | 'deleteSiteAlert'>;

/** The site alert routes; `now` is the clock that decides which banners show. */
export function siteAlertHandlers(alerts: SiteAlertStore, now: () => Date = () => new Date()): SiteAlertHandlers {
  return {
    listShowingAlerts: async () => ({ items: await alerts.showing(now()) }),
    listSiteAlerts: async () => ({ items: await alerts.list() }),
    createSiteAlert: ({ body, req, staff }) => alerts.create(body, actorOf(staff, req)),
    updateSiteAlert: ({ params, body, req, staff }) => alerts.update(params.id, body, requiredVersionOf(req, body.version), actorOf(staff, req)),
    deleteSiteAlert: ({ params, req, staff }) => alerts.delete(params.id, actorOf(staff, req)),
  };
}
