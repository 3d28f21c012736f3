import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { PasswordSchema, UserSchema } from '../user/user.js';
import { PermissionSchema } from './permission.js';
import { RecoveryCodeSchema, TwoFactorCodeSchema } from './two-factor.js';

/**
 * What a member of staff sends to sign in. Every failure is answered alike, so nothing here says why. With
 * two-factor sign-in on, the password alone is answered `two-factor-required`; send it again with `code` (or a
 * `recoveryCode`).
 */
export const SignInInputSchema = z
  .strictObject({
    email: z.string().trim().max(254),
    // Not PasswordSchema: a password set under older rules must still be accepted; only the bound stays.
    password: z.string().min(1).max(PasswordSchema.maxLength ?? 256),
    code: TwoFactorCodeSchema.optional(),
    recoveryCode: RecoveryCodeSchema.optional(),
  })
  .meta({ id: 'SignInInput' });
/** What a member of staff sends to sign in. */
export type SignInInput = z.input<typeof SignInInputSchema>;

/** The signed-in member of staff: who they are, what they may do, and the token their writes must carry. */
export const SessionInfoSchema = z
  .object({
    user: UserSchema,
    permissions: z.array(PermissionSchema),
    /** Sent back as `X-CSRF-Token` on every request that changes something. */
    csrfToken: z.string(),
    expiresAt: TimestampSchema,
    /** Two-factor sign-in is required and not yet set up: until it is, `permissions` is `self` alone. */
    twoFactorSetupRequired: z.boolean(),
  })
  .meta({ id: 'SessionInfo' });
/** The signed-in member of staff and their session. */
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** One of a member of staff's sessions, as they see it in their list; never its secret. */
export const StaffSessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: TimestampSchema,
    lastSeenAt: TimestampSchema,
    expiresAt: TimestampSchema,
    userAgent: z.string().nullable(),
    /** Whether this is the session the list was asked from. */
    current: z.boolean(),
  })
  .meta({ id: 'StaffSession' });
/** One session of a member of staff. */
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** A member of staff's sessions that are still open, newest first. */
export const StaffSessionListSchema = z.object({ items: z.array(StaffSessionSchema) }).meta({ id: 'StaffSessionList' });
