import { expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createUserStore } from '../user/user-store.js';
import { defaultAdminEmail, ensureFirstAdmin } from './first-admin.js';
import { verifyPassword } from './password.js';

describeEachDatabase('the first admin', (dialect) => {
  it('is created with a random password, printed once and stored only as a hash, and never again', async () => {
    const { database, drop } = await createTestDatabase(dialect);
    const users = createUserStore(database);
    const printed: string[] = [];
    expect(await ensureFirstAdmin(users, {}, (text) => printed.push(text))).toBe(defaultAdminEmail);
    const password = /^ {4}(\S+)$/m.exec(printed.join(''))?.[1] ?? '';
    expect(password).toHaveLength(24);
    const account = await users.findForSignIn(defaultAdminEmail);
    expect(account?.user.role).toBe('admin');
    expect(account?.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, account?.passwordHash)).toBe(true);
    expect(await ensureFirstAdmin(users, {}, (text) => printed.push(text))).toBeUndefined();
    expect(printed).toHaveLength(1);
    await drop();
  });

  it('takes its email and password from the configuration when given, and prints no password', async () => {
    const { database, drop } = await createTestDatabase(dialect);
    const users = createUserStore(database);
    const printed: string[] = [];
    const config = { KRAINA_ADMIN_EMAIL: 'chief@portal.example', KRAINA_ADMIN_PASSWORD: 'a configured admin password' };
    await ensureFirstAdmin(users, config, (text) => printed.push(text));
    expect(printed.join('')).not.toContain('a configured admin password');
    expect(await verifyPassword('a configured admin password', (await users.findForSignIn('chief@portal.example'))?.passwordHash)).toBe(true);
    await drop();
  });
});
