import { createHash, randomInt } from 'node:crypto';
import { recoveryCodeCount } from '@kraina/core';

// Recovery codes: ten single-use codes of 10 characters (50 bits) each, shown once as `xxxxx-xxxxx`. The alphabet
// is Crockford's base32, without i, l, o and u, so a code copied from paper by hand is read back the same.

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** New recovery codes, as they are shown to their owner. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const characters = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}

/** A code as typed (any case, with or without the hyphen, O for 0, I or L for 1) in the form it was made in. */
export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replaceAll('-', '').replaceAll('o', '0').replaceAll(/[il]/g, '1');
}

/**
 * The stored form of a code: SHA-256 over the account's id and the code, so one table of precomputed hashes cannot
 * serve for every account. Fifty random bits each, guessed only through the sign-in throttle, need nothing slower.
 */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${normaliseRecoveryCode(code)}`).digest('hex');
}
