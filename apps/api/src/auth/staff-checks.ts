import { AppError, type User } from '@kraina/core';
import type { Request, Response } from 'express';
import type { UserStore } from '../user/user-store.js';
import { normaliseEmail } from '../user/user-store.js';
import { verifyPassword } from './password.js';
import { type SignInThrottle, accountKey, addressKey } from './sign-in-throttle.js';

// The checks a password or a code goes through wherever one is typed: sign-in, a password change, turning
// two-factor off. Each wrong guess counts against the one sign-in throttle, so a stolen session cannot be used to
// guess the password (or codes) faster than the sign-in form allows.

/** The throttle keys of an attempt: the account's email and the client's address. */
export function throttleKeysOf(email: string, req: Request): [string, string] {
  return [accountKey(normaliseEmail(email)), addressKey(req.ip ?? 'unknown')];
}

/** Answers 429 with `Retry-After` while any of the keys is over its limit. */
export async function refuseWhileThrottled(throttle: SignInThrottle, keys: readonly string[], res: Response): Promise<void> {
  const wait = await throttle.retryAfter(keys);
  if (wait > 0) {
    res.set('Retry-After', String(wait));
    throw new AppError('rate-limited', 'Too many failed attempts; try again later');
  }
}

/** Checks a signed-in member of staff's password before a change that needs it; a wrong one is a 422 naming `pointer`. */
export async function confirmPassword(users: UserStore, throttle: SignInThrottle, user: User, password: string, pointer: string, req: Request, res: Response): Promise<void> {
  const keys = throttleKeysOf(user.email, req);
  await refuseWhileThrottled(throttle, keys, res);
  if (!(await verifyPassword(password, await users.passwordHashOf(user.id)))) {
    await throttle.recordFailure(keys);
    throw new AppError('invalid-input', 'The password is not right', { issues: [{ pointer, detail: 'Not your current password' }] });
  }
}
