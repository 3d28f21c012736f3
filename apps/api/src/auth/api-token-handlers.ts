import { actorOf } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { ApiTokenStore } from './api-token-store.js';

type ApiTokenHandlers = Pick<ContractHandlers, 'listApiTokens' | 'createApiToken' | 'revokeApiToken'>;

/** The API token routes, for admins; the store audits creating and revoking. */
export function apiTokenHandlers(tokens: ApiTokenStore): ApiTokenHandlers {
  return {
    listApiTokens: async () => ({ items: await tokens.list() }),
    createApiToken: ({ body, req, staff }) => tokens.create(body, staff.id, req.ip ?? null),
    revokeApiToken: ({ params, req, staff }) => tokens.revoke(params.id, actorOf(staff, req)),
  };
}
