import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { ApiTokenStore } from './api-token-store.js';

type ApiTokenHandlers = Pick<ContractHandlers, 'listApiTokens' | 'createApiToken' | 'revokeApiToken'>;

/** The API token routes, for admins. */
export function apiTokenHandlers(tokens: ApiTokenStore): ApiTokenHandlers {
  return {
    listApiTokens: async () => ({ items: await tokens.list() }),
    createApiToken: ({ body, staff }) => tokens.create(body, staff.id),
    revokeApiToken: ({ params }) => tokens.revoke(params.id),
  };
}
