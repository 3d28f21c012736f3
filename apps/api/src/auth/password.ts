import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// Passwords are hashed with scrypt (RFC 7914), memory-hard and built into Node, so no native module is needed.
// The stored string names its own parameters, `scrypt$ln=15,r=8,p=1$<salt>$<key>`, so they can be raised later:
// an old hash still verifies with the parameters it was made with.

/** The cost of new hashes: N = 2^15, r = 8 (32 MiB and ~50–100 ms per hash), p = 1, as OWASP recommends for scrypt. */
const current = { logN: 15, r: 8, p: 1 };
const saltBytes = 16;
const keyBytes = 64;

interface Parameters {
  logN: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, { logN, r, p }: Parameters): Promise<Buffer> {
  const N = 2 ** logN;
  // Node refuses more than 32 MiB unless told; 128·N·r is what scrypt needs, with room for its own bookkeeping.
  const maxmem = 128 * N * r * 2;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password into a self-describing string, with a new random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, current);
  return `scrypt$ln=${current.logN},r=${current.r},p=${current.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const format = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

// A hash of nothing anybody knows, checked against when there is no account, so an unknown email costs the same time.
const unknownAccountHash = hashPassword(randomBytes(32).toString('base64url'));

/**
 * Whether a password matches a stored hash, compared in constant time. With no hash (an unknown email, an
 * account without a password) it still spends one hash and answers false, so timing does not tell them apart.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const match = format.exec(stored ?? '') ?? format.exec(await unknownAccountHash);
  if (!match) throw new Error('The hash of an unknown account does not parse');
  const [, logN, r, p, salt, key] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { logN: Number(logN), r: Number(r), p: Number(p) });
  const equal = actual.length === expected.length && timingSafeEqual(actual, expected);
  return equal && format.test(stored ?? '');
}

/** Whether a stored hash was made with weaker parameters than new hashes get, and should be redone at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const match = format.exec(stored);
  return match === null || Number(match[1]) < current.logN || Number(match[2]) < current.r || Number(match[3]) < current.p;
}
