import { actorOf } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { RedirectStore } from './redirect-store.js';

type RedirectHandlers = Pick<ContractHandlers, 'lookupRedirect' | 'listRedirects' | 'createRedirect' | 'updateRedirect' | 'deleteRedirect'>;

/** The redirect routes. */
export function redirectHandlers(redirects: RedirectStore): RedirectHandlers {
  return {
    lookupRedirect: ({ query }) => redirects.lookup(query.path),
    listRedirects: ({ query }) => redirects.list(query),
    createRedirect: ({ body, req, staff }) => redirects.create(body, actorOf(staff, req)),
    updateRedirect: ({ params, body, req, staff }) => redirects.update(params.id, body, requiredVersionOf(req, body.version), actorOf(staff, req)),
    deleteRedirect: ({ params, req, staff }) => redirects.delete(params.id, actorOf(staff, req)),
  };
}
