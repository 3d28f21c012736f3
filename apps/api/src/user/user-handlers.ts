import { AppError } from '@kraina/core';
import type { AuditLog } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { baseVersionOf } from '../contract/if-match.js';
import type { UserStore } from './user-store.js';

type UserHandlers = Pick<ContractHandlers, 'listUsers' | 'createUser' | 'getUser' | 'updateUser'>;

/** The account routes, for admins. */
export function userHandlers(users: UserStore, audit: AuditLog): UserHandlers {
  return {
    listUsers: async () => ({ items: await users.list() }),
    createUser: ({ body }) => users.create(body),
    getUser: ({ params }) => users.get(params.id),
    updateUser: async ({ params, body, req, staff }) => {
      // A role change is too consequential to apply over a version nobody saw: If-Match is required here.
      const version = baseVersionOf(req);
      if (version === undefined) throw new AppError('precondition-required', 'Send If-Match with the version of the account you changed');
      const before = await users.get(params.id);
      const after = await users.update(params.id, body, version);
      if (after.role !== before.role || JSON.stringify(after.locales) !== JSON.stringify(before.locales)) {
        const details = { from: { role: before.role, locales: before.locales }, to: { role: after.role, locales: after.locales } };
        await audit.append({ action: 'role-changed', actorId: staff.id, targetType: 'user', targetId: after.id, address: req.ip ?? null, details });
      }
      return after;
    },
  };
}
