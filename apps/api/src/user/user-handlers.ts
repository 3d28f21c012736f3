import { AppError } from '@kraina/core';
import { actorOf } from '../audit/audit-log.js';
import type { SessionStore } from '../auth/session-store.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { baseVersionOf } from '../contract/if-match.js';
import type { UserStore } from './user-store.js';

type UserHandlers = Pick<ContractHandlers, 'listUsers' | 'createUser' | 'getUser' | 'updateUser'>;

/** The account routes, for admins; the store audits each change in the transaction that makes it. */
export function userHandlers(users: UserStore, sessions: SessionStore): UserHandlers {
  return {
    listUsers: ({ query }) => users.page(query),
    createUser: ({ body, req, staff }) => users.create(body, actorOf(staff, req)),
    getUser: ({ params }) => users.get(params.id),
    updateUser: async ({ params, body, req, staff }) => {
      // A role change is too consequential to apply over a version nobody saw: If-Match is required here.
      const version = baseVersionOf(req);
      if (version === undefined) throw new AppError('precondition-required', 'Send If-Match with the version of the account you changed');
      const after = await users.update(params.id, body, version, actorOf(staff, req));
      // The update ends sessions kept in the database itself; these may be kept in Redis, and must end there too.
      if (body.disabled === true) await sessions.revokeAllOf(after.id);
      return after;
    },
  };
}
