import type { SessionInfo, StaffPrincipal } from '@kraina/core';

/** The signed-in user as core's permission and workflow rules read a caller, so the app asks the same rules the API does. */
export function principalOf(session: SessionInfo): StaffPrincipal {
  const { user } = session;
  return { kind: 'staff', id: user.id, name: user.name, role: user.role, locales: user.locales, twoFactorSetupRequired: session.twoFactorSetupRequired };
}
