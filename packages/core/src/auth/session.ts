import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { PasswordSchema, UserSchema } from '../user/user.js';
import { PermissionSchema } from './permission.js';

/** What a member of staff sends to sign in. Every failure is answered alike, so nothing here says why. */
export const SignInInputSchema = z
  .strictObject({
    email: z.string().trim().max(254),
    // Not PasswordSchema: a password set under older rules must still be accepted; only the bound stays.
    password: z.string().min(1).max(PasswordSchema.maxLength ?? 256),
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
