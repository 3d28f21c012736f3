import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { RedirectStore } from './redirect-store.js';

type RedirectHandlers = Pick<ContractHandlers, 'lookupRedirect' | 'listRedirects' | 'createRedirect' | 'updateRedirect' | 'deleteRedirect'>;

/** The redirect routes. */
export function redirectHandlers(redirects: RedirectStore): RedirectHandlers {
  return {
    lookupRedirect: ({ query }) => redirects.lookup(query.path),
    listRedirects: ({ query }) => redirects.list(query),
    createRedirect: ({ body }) => redirects.create(body),
    updateRedirect: ({ params, body, req }) => redirects.update(params.id, body, requiredVersionOf(req, body.version)),
    deleteRedirect: ({ params }) => redirects.delete(params.id),
  };
}
