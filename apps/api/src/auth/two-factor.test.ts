import type { AuditEntry, Problem, RecoveryCodes, SessionInfo, TwoFactorSetup } from '@kraina/core';
import request from 'supertest';
import { beforeEach, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { describeEachSessionStorage, useSessionStorage } from './test-session-storage.js';
import { type SignedIn, sessionCookieOf, signInAs, testPassword } from './test-staff.js';
import { codeAt } from './totp.js';

describeEachSessionStorage('two-factor sign-in', (dialect, storage) => {
  const storedIn = useSessionStorage(storage);
  // The clock codes, sessions and the throttle read: each test starts in a fresh throttle window.
  let clock = new Date('2026-05-12T08:00:00Z');
  const testApp = useTestApp(dialect, storedIn.env, { ...storedIn.extra, now: () => clock });
  const laterBy = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  beforeEach(() => {
    laterBy(16 * 60);
  });

  const signIn = (email: string, extra: object = {}) => request(testApp.app).post('/api/v1/auth/sign-in').send({ email, password: testPassword, ...extra });
  const post = (who: SignedIn, path: string, body?: object) => request(testApp.app).post(`/api/v1${path}`).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body);
  // Counted through "my sessions", so the count is the same wherever sessions are kept.
  const openSessions = async (who: SignedIn) => ((await request(testApp.app).get('/api/v1/auth/sessions').set('Cookie', who.cookie)).body as { items: unknown[] }).items.length;
  const auditOf = async (userId: string) => {
    const rows = await testApp.database.db.selectFrom('audit_log').select('action').where('actor_id', '=', userId).orderBy('seq').execute();
    return rows.map((row) => row.action as AuditEntry['action']);
  };

  /** Sets up and confirms two-factor sign-in as the app would, then lets the confirmed code's step pass. */
  async function enrol(who: SignedIn): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await post(who, '/auth/two-factor/setup');
    expect(setup.status).toBe(200);
    const { secret } = setup.body as TwoFactorSetup;
    const confirmed = await post(who, '/auth/two-factor/confirm', { code: codeAt(secret, clock) });
    expect(confirmed.status).toBe(200);
    laterBy(30);
    return { secret, recoveryCodes: (confirmed.body as RecoveryCodes).recoveryCodes };
  }

  it('sets up with a secret, its otpauth URI and a QR code, and turns on only with a right code, answering ten recovery codes once', async () => {
    const ales = await signInAs(testApp.app, testApp.database, 'author', 'ales-2fa@kraina.test');
    const setup = await post(ales, '/auth/two-factor/setup');
    expect(setup.status).toBe(200);
    expect(setup.headers['cache-control']).toMatch(/no-store/);
    const { secret, otpauthUri, qrCodeSvg } = setup.body as TwoFactorSetup;
    expect(otpauthUri).toBe(`otpauth://totp/Kraina:ales-2fa%40kraina.test?issuer=Kraina&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(qrCodeSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
    const wrong = await post(ales, '/auth/two-factor/confirm', { code: codeAt(secret, new Date(clock.getTime() - 300_000)) });
    expect(wrong.status).toBe(422);
    expect((wrong.body as Problem).errors?.[0]?.pointer).toBe('#/body/code');
    const stillOff = await request(testApp.app).get('/api/v1/auth/session').set('Cookie', ales.cookie);
    expect((stillOff.body as SessionInfo).user.twoFactorEnabled).toBe(false);

    const confirmed = await post(ales, '/auth/two-factor/confirm', { code: codeAt(secret, clock) });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = confirmed.body as RecoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    const stored = await testApp.database.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', ales.user.id).execute();
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
    const me = await request(testApp.app).get('/api/v1/auth/session').set('Cookie', ales.cookie);
    expect((me.body as SessionInfo).user.twoFactorEnabled).toBe(true);
    // The secret is shown for its setup only: confirming again, or setting up again, is a conflict.
    expect((await post(ales, '/auth/two-factor/confirm', { code: codeAt(secret, clock) })).status).toBe(409);
    expect((await post(ales, '/auth/two-factor/setup')).status).toBe(409);
    expect(await auditOf(ales.user.id)).toContain('two-factor-enabled');
  });

  it('refuses a confirmation when no setup was begun', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'editor');
    const res = await post(who, '/auth/two-factor/confirm', { code: '123456' });
    expect(res.status).toBe(409);
  });

  it('asks for a second factor after the right password, naming #/body/code, and opens no session', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'editor', 'needs-code@kraina.test');
    await enrol(who);
    const before = await openSessions(who);
    const res = await signIn('needs-code@kraina.test');
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
    const problem = res.body as Problem;
    expect(problem.code).toBe('two-factor-required');
    expect(problem.type).toBe('https://kraina.dev/problems/two-factor-required');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['#/body/code']);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await openSessions(who)).toBe(before);
    // A wrong password is refused as it always is: a second factor is asked for only once the password is right.
    const wrongPassword = await request(testApp.app).post('/api/v1/auth/sign-in').send({ email: 'needs-code@kraina.test', password: 'not the password at all' });
    expect((wrongPassword.body as Problem).code).toBe('unauthenticated');
  });

  it('signs in with the password and a current code, and never takes the same code, or an older one, twice', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'editor', 'one-code@kraina.test');
    const { secret } = await enrol(who);
    const code = codeAt(secret, clock);
    const first = await signIn('one-code@kraina.test', { code });
    expect(first.status).toBe(200);
    expect((first.body as SessionInfo).twoFactorSetupRequired).toBe(false);
    expect(sessionCookieOf(first.headers['set-cookie'])).toMatch(/^kraina_session=/);
    const replayed = await signIn('one-code@kraina.test', { code });
    expect(replayed.status).toBe(401);
    expect((replayed.body as Problem).code).toBe('unauthenticated');
    expect((replayed.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/code']);
    // The previous step's code is still within the window, but older than the one used: refused too.
    expect((await signIn('one-code@kraina.test', { code: codeAt(secret, new Date(clock.getTime() - 30_000)) })).status).toBe(401);
    laterBy(30);
    expect((await signIn('one-code@kraina.test', { code: codeAt(secret, clock) })).status).toBe(200);
  });

  it('counts wrong codes against the sign-in throttle of the account', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'editor', 'guessing-codes@kraina.test');
    const { secret } = await enrol(who);
    const right = codeAt(secret, clock);
    const wrong = right === '000000' ? '000001' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn('guessing-codes@kraina.test', { code: wrong })).status).toBe(401);
    const throttled = await signIn('guessing-codes@kraina.test', { code: right });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    const failures = await testApp.database.db.selectFrom('audit_log').select('action').where('actor_id', '=', who.user.id).where('action', '=', 'sign-in-failed').execute();
    expect(failures).toHaveLength(5);
  });

  it('signs in with a recovery code instead, in any case and without its hyphen, each code once', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'translator', 'lost-phone@kraina.test');
    const { recoveryCodes } = await enrol(who);
    const [first = '', second = ''] = recoveryCodes;
    const signedIn = await signIn('lost-phone@kraina.test', { recoveryCode: first.toUpperCase().replace('-', '') });
    expect(signedIn.status).toBe(200);
    const spent = await signIn('lost-phone@kraina.test', { recoveryCode: first });
    expect(spent.status).toBe(401);
    expect((spent.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/recoveryCode']);
    expect((await signIn('lost-phone@kraina.test', { recoveryCode: second })).status).toBe(200);
    expect(await auditOf(who.user.id)).toEqual(expect.arrayContaining(['recovery-code-used']));
  });

  it('turns off with the password and a code, and then signs in with the password alone', async () => {
    const who = await signInAs(testApp.app, testApp.database, 'author', 'turning-off@kraina.test');
    const { secret } = await enrol(who);
    const del = (body: object) => request(testApp.app).delete('/api/v1/auth/two-factor').set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body);
    const wrongPassword = await del({ password: 'not my password at all', code: codeAt(secret, clock) });
    expect(wrongPassword.status).toBe(422);
    expect((wrongPassword.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/password']);
    const noCode = await del({ password: testPassword });
    expect(noCode.status).toBe(422);
    expect((noCode.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/code']);
    const wrongCode = await del({ password: testPassword, code: codeAt(secret, new Date(clock.getTime() - 600_000)) });
    expect(wrongCode.status).toBe(422);
    expect((await signIn('turning-off@kraina.test')).status).toBe(401);
    expect((await del({ password: testPassword, code: codeAt(secret, clock) })).status).toBe(204);
    expect((await signIn('turning-off@kraina.test')).status).toBe(200);
    expect(await testApp.database.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', who.user.id).execute()).toHaveLength(0);
    expect(await auditOf(who.user.id)).toContain('two-factor-disabled');
    expect((await del({ password: testPassword, code: codeAt(secret, clock) })).status).toBe(409);
  });
});

describeEachSessionStorage('mandatory two-factor sign-in', (dialect, storage) => {
  const storedIn = useSessionStorage(storage);
  let clock = new Date('2026-06-01T08:00:00Z');
  const testApp = useTestApp(dialect, storedIn.env, { ...storedIn.extra, now: () => clock });
  const laterBy = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  const as = (who: SignedIn) => ({
    get: (path: string) => request(testApp.app).get(`/api/v1${path}`).set('Cookie', who.cookie),
    post: (path: string, body?: object) => request(testApp.app).post(`/api/v1${path}`).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body),
    put: (path: string, body: object) => request(testApp.app).put(`/api/v1${path}`).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body),
    delete: (path: string, body: object) => request(testApp.app).delete(`/api/v1${path}`).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken).send(body),
  });

  it('lets admins require it for everyone; until each person sets it up, their session may only set it up, read itself and sign out', async () => {
    const admin = await signInAs(testApp.app, testApp.database, 'admin', 'chief@kraina.test');
    expect((await as(admin).get('/settings/security')).body).toEqual({ twoFactorRequired: false });
    const editor = await signInAs(testApp.app, testApp.database, 'editor', 'busy-editor@kraina.test');
    expect((await as(editor).put('/settings/security', { twoFactorRequired: true })).status).toBe(403);

    const turnedOn = await as(admin).put('/settings/security', { twoFactorRequired: true });
    expect(turnedOn.status).toBe(200);
    expect(turnedOn.body).toEqual({ twoFactorRequired: true });
    const unknownField = await as(admin).put('/settings/security', { twoFactorRequired: true, everyoneIsAdmin: true });
    expect(unknownField.status).toBe(403); // the admin is now restricted too, before the body is even read

    // An existing session is narrowed at its next request; a new sign-in succeeds, narrowed the same way.
    const session = await as(editor).get('/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ twoFactorSetupRequired: true, permissions: ['self'] });
    expect((await as(editor).post('/articles', { section: 'news', translations: {} })).status).toBe(403);
    expect((await as(editor).get('/auth/sessions')).status).toBe(200);
    const fresh = await request(testApp.app).post('/api/v1/auth/sign-in').send({ email: 'busy-editor@kraina.test', password: testPassword });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ twoFactorSetupRequired: true, permissions: ['self'] });
    expect((await as(admin).get('/users')).status).toBe(403);

    // Enrolling lifts the narrowing at once, for this session and every other.
    const setup = (await as(admin).post('/auth/two-factor/setup')).body as TwoFactorSetup;
    expect((await as(admin).post('/auth/two-factor/confirm', { code: codeAt(setup.secret, clock) })).status).toBe(200);
    const after = await as(admin).get('/auth/session');
    expect(after.body).toMatchObject({ twoFactorSetupRequired: false });
    expect((after.body as SessionInfo).permissions).toContain('users:manage');
    expect((await as(admin).get('/users')).status).toBe(200);
    expect((await as(editor).get('/users')).status).toBe(403);

    // While it is mandatory, nobody may turn theirs off.
    laterBy(30);
    const refused = await as(admin).delete('/auth/two-factor', { password: testPassword, code: codeAt(setup.secret, clock) });
    expect(refused.status).toBe(403);
    expect((await as(admin).put('/settings/security', { twoFactorRequired: false })).status).toBe(200);
    expect((await as(editor).get('/auth/session')).body).toMatchObject({ twoFactorSetupRequired: false });
    const actions = await testApp.database.db.selectFrom('audit_log').select('action').where('actor_id', '=', admin.user.id).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['two-factor-made-mandatory', 'two-factor-made-optional', 'two-factor-enabled']));
  });
});
