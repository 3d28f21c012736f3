import type { IssuedPasswordReset, Problem } from '@kraina/core';
import request from 'supertest';
import { beforeEach, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { describeEachSessionStorage, useSessionStorage } from './test-session-storage.js';
import { type SignedIn, sessionCookieOf, signInAs, testPassword } from './test-staff.js';

const newPassword = 'a brand new and long passphrase';

describeEachSessionStorage('changing and resetting passwords', (dialect, storage) => {
  const storedIn = useSessionStorage(storage);
  let clock = new Date('2026-07-01T08:00:00Z');
  const testApp = useTestApp(dialect, storedIn.env, { ...storedIn.extra, now: () => clock });
  const laterBy = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
  beforeEach(() => {
    laterBy(16); // a fresh throttle window
  });

  const signIn = (email: string, password: string) => request(testApp.app).post('/api/v1/auth/sign-in').send({ email, password });
  const post = (who: SignedIn, path: string, body?: object) => request(testApp.app).post(`/api/v1${path}`).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body);
  const sessionOpens = async (cookie: string) => (await request(testApp.app).get('/api/v1/auth/session').set('Cookie', cookie)).status === 200;
  const actionsOn = async (userId: string) => (await testApp.database.db.selectFrom('audit_log').select('action').where('target_id', '=', userId).execute()).map((row) => row.action);

  it('changes my password with the current one, ending my other sessions but not this one', async () => {
    const here = await signInAs(testApp.app, testApp.database, 'author', 'changing@kraina.test');
    const elsewhere = sessionCookieOf((await signIn('changing@kraina.test', testPassword)).headers['set-cookie']);
    const changed = await post(here, '/auth/password', { currentPassword: testPassword, newPassword });
    expect(changed.status).toBe(204);
    expect(await sessionOpens(here.cookie)).toBe(true);
    expect(await sessionOpens(elsewhere)).toBe(false);
    expect((await signIn('changing@kraina.test', testPassword)).status).toBe(401);
    expect((await signIn('changing@kraina.test', newPassword)).status).toBe(200);
    expect(await actionsOn(here.user.id)).toContain('password-changed');
  });

  it('refuses a wrong current password or a short new one by field, changing nothing, and throttles guessing', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'editor', 'careful@kraina.test');
    const wrong = await post(who, '/auth/password', { currentPassword: 'this is not it at all', newPassword });
    expect(wrong.status).toBe(422);
    expect((wrong.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/currentPassword']);
    const short = await post(who, '/auth/password', { currentPassword: testPassword, newPassword: 'short' });
    expect(short.status).toBe(422);
    expect((short.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/newPassword']);
    expect((await signIn('careful@kraina.test', testPassword)).status).toBe(200); // which clears the account's count
    // A stolen session cannot guess the password faster than the sign-in form: the same account throttle counts.
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await post(who, '/auth/password', { currentPassword: `guess ${attempt} of the password`, newPassword })).status).toBe(422);
    const throttled = await post(who, '/auth/password', { currentPassword: testPassword, newPassword });
    expect(throttled.status).toBe(429);
    expect((await signIn('careful@kraina.test', testPassword)).status).toBe(429);
  });

  it('lets an admin issue a reset token that sets a new password once, ends every session, and is stored only as a hash', async () => {
    const admin = await signInAs(testApp.app, testApp.database, 'admin');
    const forgetful = await signInAs(testApp.app, testApp.database, 'translator', 'forgetful@kraina.test');
    const issued = await post(admin, `/users/${forgetful.user.id}/password-reset`);
    expect(issued.status).toBe(201);
    const { token, expiresAt } = issued.body as IssuedPasswordReset;
    expect(expiresAt).toBe(new Date(clock.getTime() + 24 * 3_600_000).toISOString());
    const rows = await testApp.database.db.selectFrom('password_resets').selectAll().where('user_id', '=', forgetful.user.id).execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    const reset = await request(testApp.app).post('/api/v1/auth/password-reset').send({ token, newPassword });
    expect(reset.status).toBe(204);
    expect(await sessionOpens(forgetful.cookie)).toBe(false);
    expect((await signIn('forgetful@kraina.test', newPassword)).status).toBe(200);
    const again = await request(testApp.app).post('/api/v1/auth/password-reset').send({ token, newPassword: `${newPassword}!` });
    expect(again.status).toBe(404);
    expect((again.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/token']);
    expect(await actionsOn(forgetful.user.id)).toEqual(expect.arrayContaining(['password-reset-issued', 'password-reset']));
  });

  it('answers an unknown, a used, an expired and a replaced token alike, naming no account', async () => {
    const admin = await signInAs(testApp.app, testApp.database, 'admin');
    const who = await signInAs(testApp.app, testApp.database, 'author');
    const reset = (token: string) => request(testApp.app).post('/api/v1/auth/password-reset').send({ token, newPassword });
    const issue = async () => ((await post(admin, `/users/${who.user.id}/password-reset`)).body as IssuedPasswordReset).token;
    const replaced = await issue();
    const expiring = await issue();
    expect((await post(admin, '/users/00000000-0000-4000-8000-000000000000/password-reset')).status).toBe(404);
    laterBy(24 * 60);
    const answers = [await reset('no-such-token'), await reset(replaced), await reset(expiring)];
    for (const answer of answers) expect(answer.status).toBe(404);
    const words = answers.map((res) => ({ ...(res.body as Problem), instance: undefined }));
    expect(new Set(words.map((w) => JSON.stringify(w))).size).toBe(1);
    expect(JSON.stringify(words[0])).not.toMatch(/kraina\.test|author/);
    expect((await signIn(who.user.email, testPassword)).status).toBe(200);
  });

  it('lets a person throttled by wrong guesses sign in at once with the password an admin reset', async () => {
    const admin = await signInAs(testApp.app, testApp.database, 'admin');
    const locked = await signInAs(testApp.app, testApp.database, 'editor', 'locked-out@kraina.test');
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn('locked-out@kraina.test', `wrong guess ${attempt}`);
    expect((await signIn('locked-out@kraina.test', testPassword)).status).toBe(429);
    const { token } = (await post(admin, `/users/${locked.user.id}/password-reset`)).body as IssuedPasswordReset;
    expect((await request(testApp.app).post('/api/v1/auth/password-reset').send({ token, newPassword })).status).toBe(204);
    expect((await signIn('locked-out@kraina.test', newPassword)).status).toBe(200);
  });
});
