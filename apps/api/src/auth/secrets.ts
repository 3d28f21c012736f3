import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The secrets of sessions and API tokens: random, sent once, kept only as their SHA-256. A secret of 32 random
// bytes cannot be guessed, so a fast unsalted hash is enough to make the stored copy useless.

/** A new secret of 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, hex, as the database keeps it. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * A session's CSRF token, derived from its secret: only the holder of the session can know it, and the database
 * need not keep it. A page of another site cannot read it, so a forged request cannot carry it.
 */
export function csrfTokenOf(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('kraina csrf token').digest('base64url');
}

/** Whether two strings are equal, in time that depends on neither (both are hashed to one length first). */
export function equalInConstantTime(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b)) && a === b;
}
