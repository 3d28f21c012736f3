import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { UserStore } from '../user/user-store.js';

/** The first admin's email when none is configured (`admin@localhost` is not a valid address to the schema). */
export const defaultAdminEmail = 'admin@kraina.localhost';

/**
 * Creates the first admin when there are no accounts, so there is never a default password: from
 * KRAINA_ADMIN_EMAIL and KRAINA_ADMIN_PASSWORD when set, otherwise with a random password handed to `print` once.
 * `print` is the console, never the logger: log lines are collected and kept, and a password must not be.
 * Answers the email of the admin created, or undefined when accounts exist.
 */
export async function ensureFirstAdmin(users: UserStore, config: Pick<Config, 'KRAINA_ADMIN_EMAIL' | 'KRAINA_ADMIN_PASSWORD'>, print: (text: string) => void): Promise<string | undefined> {
  if ((await users.count()) > 0) return undefined;
  const email = config.KRAINA_ADMIN_EMAIL ?? defaultAdminEmail;
  const password = config.KRAINA_ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
  await users.create({ email, name: 'Administrator', role: 'admin', password });
  print(
    config.KRAINA_ADMIN_PASSWORD === undefined
      ? `\nThe first admin account was created. Sign in as ${email} with the password\n\n    ${password}\n\nIt is shown this once and stored only as a hash; change it after signing in.\n`
      : `\nThe first admin account was created for ${email}, with the password KRAINA_ADMIN_PASSWORD gave.\n`,
  );
  return email;
}
