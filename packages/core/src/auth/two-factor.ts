import { z } from 'zod';

// Two-factor sign-in: a time-based one-time code (RFC 6238, six digits every 30 seconds) from an authenticator
// app, or one of ten single-use recovery codes for the day the phone is lost.

/** A code from an authenticator app: the six digits it shows now. */
export const TwoFactorCodeSchema = z.string().regex(/^\d{6}$/, 'Must be the 6 digits your authenticator app shows').meta({ id: 'TwoFactorCode' });

/** A recovery code as it was shown (`7hq2m-x9c4d`); letters in either case, the hyphen optional. */
export const RecoveryCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}$/, 'Must be one of your recovery codes, such as 7hq2m-x9c4d')
  .meta({ id: 'RecoveryCode' });

/** How many recovery codes a member of staff gets when two-factor sign-in is turned on. */
export const recoveryCodeCount = 10;

/** A new two-factor secret, shown for this setup only: scan the QR code, or type the secret into the app. */
export const TwoFactorSetupSchema = z
  .object({
    /** The `otpauth://totp/…` URI the QR code holds. */
    otpauthUri: z.string().startsWith('otpauth://totp/'),
    /** The same secret in base32, for apps that cannot scan. */
    secret: z.string().regex(/^[A-Z2-7]+$/),
    /** The QR code of `otpauthUri`, as an SVG document. */
    qrCodeSvg: z.string(),
  })
  .meta({ id: 'TwoFactorSetup' });
/** A new two-factor secret, shown for this setup only. */
export type TwoFactorSetup = z.infer<typeof TwoFactorSetupSchema>;

/** What a member of staff sends to turn two-factor sign-in on: a code the new secret makes now. */
export const ConfirmTwoFactorInputSchema = z.strictObject({ code: TwoFactorCodeSchema }).meta({ id: 'ConfirmTwoFactorInput' });
/** What a member of staff sends to turn two-factor sign-in on. */
export type ConfirmTwoFactorInput = z.input<typeof ConfirmTwoFactorInputSchema>;

/** The recovery codes, answered once when two-factor sign-in is turned on; only their hashes are kept. */
export const RecoveryCodesSchema = z
  .object({ recoveryCodes: z.array(RecoveryCodeSchema).length(recoveryCodeCount) })
  .meta({ id: 'RecoveryCodes' });
/** The recovery codes, answered once. */
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;

/** What a member of staff sends to turn two-factor sign-in off: their password, and a code or a recovery code. */
export const DisableTwoFactorInputSchema = z
  .strictObject({
    password: z.string().min(1).max(256),
    code: TwoFactorCodeSchema.optional(),
    recoveryCode: RecoveryCodeSchema.optional(),
  })
  .meta({ id: 'DisableTwoFactorInput' });
/** What a member of staff sends to turn two-factor sign-in off. */
export type DisableTwoFactorInput = z.input<typeof DisableTwoFactorInputSchema>;

/** The portal's sign-in rules, which admins set. */
export const SecuritySettingsSchema = z
  .strictObject({
    /** Everyone must use two-factor sign-in; until they set it up, they may only do that, read their session and sign out. */
    twoFactorRequired: z.boolean(),
  })
  .meta({ id: 'SecuritySettings' });
/** The portal's sign-in rules. */
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;
