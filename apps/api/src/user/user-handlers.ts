import { AppError } from '@kraina/core';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { baseVersionOf } from '../contract/if-match.js';
import type { UserStore } from './user-store.js';

type UserHandlers = Pick<ContractHandlers, 'listUsers' | 'createUser' | 'getUser' | 'updateUser'>;

/** The account routes, for admins. */
export function userHandlers(users: UserStore): UserHandlers {
  return {
    listUsers: async () => ({ items: await users.list() }),
    createUser: ({ body }) => users.create(body),
    getUser: ({ params }) => users.get(params.id),
    updateUser: ({ params, body, req }) => {
      // A role change is too consequential to apply over a version nobody saw: If-Match is required here.
      const version = baseVersionOf(req);
      if (version === undefined) throw new AppError('precondition-required', 'Send If-Match with the version of the account you changed');
      return users.update(params.id, body, version);
    },
  };
}
