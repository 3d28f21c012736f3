import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { PasswordSchema } from '../user/user.js';

// A password set under older rules must still be accepted as the current one; only the bound stays.
const CurrentPasswordSchema = z.string().min(1).max(PasswordSchema.maxLength ?? 256);

/** What a signed-in member of staff sends to change their password; their other sessions end. */
export const ChangePasswordInputSchema = z
  .strictObject({ currentPassword: CurrentPasswordSchema, newPassword: PasswordSchema })
  .meta({ id: 'ChangePasswordInput' });
/** What a member of staff sends to change their password. */
export type ChangePasswordInput = z.input<typeof ChangePasswordInputSchema>;

/** A one-time password reset an admin issued: hand the token to its owner; it is shown only here. */
export const IssuedPasswordResetSchema = z
  .object({
    token: z.string(),
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'IssuedPasswordReset' });
/** A one-time password reset, with its token. */
export type IssuedPasswordReset = z.infer<typeof IssuedPasswordResetSchema>;

/** What the owner of a reset token sends to set a new password; the token is spent and every session ends. */
export const ResetPasswordInputSchema = z
  .strictObject({ token: z.string().min(1).max(200), newPassword: PasswordSchema })
  .meta({ id: 'ResetPasswordInput' });
/** What the owner of a reset token sends. */
export type ResetPasswordInput = z.input<typeof ResetPasswordInputSchema>;
