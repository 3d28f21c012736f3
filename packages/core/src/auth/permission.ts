import { z } from 'zod';
import type { Locale } from '../locale/locale.js';
import type { UserRole } from '../user/user.js';

/**
 * What a route or an action needs. `self` is a signed-in member of staff acting on their own account (their
 * session, their sign-out); `content:write-own` is writing one's own drafts, `content:write` anyone's content.
 */
export const PermissionSchema = z
  .enum([
    'self',
    'drafts:read',
    'content:write-own',
    'content:write',
    'content:publish',
    'content:delete',
    'translations:write',
    'sections:manage',
    // The site's own furniture: redirects of old addresses (and, with the public site, its alert banner).
    'site:manage',
    'users:manage',
    'tokens:manage',
    'audit:read',
  ])
  .meta({ id: 'Permission' });
/** One thing a caller may be allowed to do. */
export type Permission = z.infer<typeof PermissionSchema>;

/** Every permission, in a stable order. */
export const permissions: readonly Permission[] = PermissionSchema.options;

/** What each role may do; the one table behind every route's check. */
export const rolePermissions = {
  admin: permissions,
  editor: ['self', 'drafts:read', 'content:write-own', 'content:write', 'content:publish', 'content:delete', 'translations:write', 'sections:manage'],
  // Own drafts only: the content policy narrows `content:write-own` to drafts the author wrote.
  author: ['self', 'drafts:read', 'content:write-own'],
  // Translations only, in the locales assigned to the translator (the content policy checks which).
  translator: ['self', 'drafts:read', 'translations:write'],
} as const satisfies Record<UserRole, readonly Permission[]>;

/**
 * What an API token may be allowed to do. Accounts and tokens are not among them: a leaked token must not be
 * able to mint another or create an admin, so those stay with signed-in admins.
 */
export const TokenScopeSchema = z
  .enum(['drafts:read', 'content:write', 'content:publish', 'content:delete', 'translations:write', 'sections:manage', 'site:manage', 'audit:read'])
  .meta({ id: 'TokenScope' });
/** One scope of an API token. */
export type TokenScope = z.infer<typeof TokenScopeSchema>;

/** The permissions each token scope grants. */
export const scopePermissions = {
  'drafts:read': ['drafts:read'],
  // A token writes as an editor does, on any item; it has no drafts of its own to be limited to.
  'content:write': ['content:write', 'content:write-own'],
  'content:publish': ['content:publish'],
  'content:delete': ['content:delete'],
  'translations:write': ['translations:write'],
  'sections:manage': ['sections:manage'],
  'site:manage': ['site:manage'],
  'audit:read': ['audit:read'],
} as const satisfies Record<TokenScope, readonly Permission[]>;

/** A member of staff signed in with a session. */
export interface StaffPrincipal {
  kind: 'staff';
  /** The user's id; what they write is attributed to it. */
  id: string;
  name: string;
  role: UserRole;
  /** The locales a translator may edit; empty for other roles. */
  locales: readonly Locale[];
  /** Two-factor sign-in is required and they have not set it up: until they do, they hold `self` alone. */
  twoFactorSetupRequired?: boolean;
}

/** A caller holding an API token. */
export interface TokenPrincipal {
  kind: 'token';
  /** The id of the admin who created the token: what the token writes is attributed to them. */
  id: string;
  tokenId: string;
  name: string;
  scopes: readonly TokenScope[];
}

/** Whoever a request is authenticated as: a member of staff, or an API token. */
export type Principal = StaffPrincipal | TokenPrincipal;

/** Every permission a principal holds, from its role or its token's scopes. */
export function permissionsOf(principal: Principal): ReadonlySet<Permission> {
  // An account that must enrol in two-factor sign-in may do that, and sign out, but use none of its role yet.
  if (principal.kind === 'staff' && principal.twoFactorSetupRequired === true) return new Set<Permission>(['self']);
  if (principal.kind === 'staff') return new Set(rolePermissions[principal.role]);
  return new Set(principal.scopes.flatMap((scope) => scopePermissions[scope]));
}

/** Whether a principal holds a permission: the one decision every route's check goes through. */
export function may(principal: Principal, permission: Permission): boolean {
  return permissionsOf(principal).has(permission);
}

/** Who may call a route: `public` is anyone; a permission, or a list of which any one suffices, needs a caller holding it. */
export type RouteAccess = 'public' | Permission | readonly Permission[];

/** Whether a principal (null: anonymous) may call a route with the given access. */
export function mayAccess(principal: Principal | null, access: RouteAccess): boolean {
  if (access === 'public') return true;
  if (principal === null) return false;
  const needed: readonly Permission[] = typeof access === 'string' ? [access] : access;
  return needed.some((permission) => may(principal, permission));
}
