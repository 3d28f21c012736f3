import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// Time-based one-time codes (RFC 6238) as every authenticator app makes them by default: HMAC-SHA1, six digits,
// a new code every 30 seconds. The time is always passed in, so tests move a clock instead of waiting.

/** The name authenticator apps show above the account. */
const issuer = 'Kraina';
const period = 30;

function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

/** A new random secret of 160 bits (the size RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app scans, naming the portal and the account. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The URI as a QR code, an SVG document the admin app can show as it is. */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The 30-second step a code was made for, if it is right at `at`: the step now, or the one before or after, so a
 * phone's clock a little off, or a code typed as it changes, still works. Undefined when the code is wrong.
 */
export function stepOfCode(secret: string, code: string, at: Date): number | undefined {
  const totp = totpOf(secret);
  const delta = totp.validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? undefined : totp.counter({ timestamp: at.getTime() }) + delta;
}

/** The code a secret makes at an instant; for tests, which act as the authenticator app. */
export function codeAt(secret: string, at: Date): string {
  return totpOf(secret).generate({ timestamp: at.getTime() });
}
