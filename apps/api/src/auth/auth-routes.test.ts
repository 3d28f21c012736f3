import { type Problem, type SessionInfo, richTextFromParagraphs } from '@kraina/core';
import { pino } from 'pino';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { useTestApp } from '../test-app.js';
import { describeEachSessionStorage, useSessionStorage } from './test-session-storage.js';
import { sessionCookieOf, signInAs, testPassword } from './test-staff.js';

const article = (headline: string) => ({ section: 'news', translations: { en: { headline, body: richTextFromParagraphs(['Text.']) } } });

describeEachSessionStorage('signing in, sessions and CSRF', (dialect, storage) => {
  const storedIn = useSessionStorage(storage);
  // The clock sessions and the throttle read: moved forward to expire sessions and empty the throttle's window.
  let clock = new Date('2026-05-12T08:00:00Z');
  const logLines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  const testApp = useTestApp(dialect, storedIn.env, { ...storedIn.extra, now: () => clock, logger });
  const laterBy = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
  const signIn = (email: string, password = testPassword, cookie?: string) => {
    const req = request(testApp.app).post('/api/v1/auth/sign-in');
    return (cookie === undefined ? req : req.set('Cookie', cookie)).send({ email, password });
  };

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
  });

  it('signs in with the right password into an httpOnly, SameSite=Lax session cookie, and says who is signed in', async () => {
    const { user } = await signInAs(testApp.app, testApp.database, 'author', 'ales@kraina.test');
    const res = await signIn('ALES@kraina.test');
    expect(res.status).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^kraina_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const session = res.body as SessionInfo;
    expect(session.user).toMatchObject({ id: user.id, email: 'ales@kraina.test', role: 'author' });
    expect(session.permissions.sort()).toEqual(['content:write-own', 'drafts:read', 'self']);
    const me = await request(testApp.app).get('/api/v1/auth/session').set('Cookie', sessionCookieOf(res.headers['set-cookie']));
    expect(me.status).toBe(200);
    expect((me.body as SessionInfo).csrfToken).toBe(session.csrfToken);
    expect(me.headers['cache-control']).toMatch(/^private/);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy, or when told to always', async () => {
    await signInAs(testApp.app, testApp.database, 'editor', 'secure@kraina.test');
    const behindProxy = createApp(loadConfig({ TRUST_PROXY: 'loopback' }), { database: testApp.database });
    const plain = await request(behindProxy).post('/api/v1/auth/sign-in').send({ email: 'secure@kraina.test', password: testPassword });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/; Secure/);
    const https = await request(behindProxy).post('/api/v1/auth/sign-in').set('X-Forwarded-Proto', 'https').send({ email: 'secure@kraina.test', password: testPassword });
    expect(String(https.headers['set-cookie'])).toMatch(/; Secure/);
    const always = createApp(loadConfig({ SESSION_COOKIE_SECURE: 'true' }), { database: testApp.database });
    const told = await request(always).post('/api/v1/auth/sign-in').send({ email: 'secure@kraina.test', password: testPassword });
    expect(String(told.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('answers an unknown email and a wrong password with the same status and words', async () => {
    await signInAs(testApp.app, testApp.database, 'editor', 'known@kraina.test');
    const unknown = await signIn('nobody@kraina.test', 'whatever it is, it is wrong');
    const wrong = await signIn('known@kraina.test', 'whatever it is, it is wrong');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.type).toBe('application/problem+json');
    const words = (res: typeof wrong) => ({ ...(res.body as Problem), instance: undefined });
    expect(words(unknown)).toEqual(words(wrong));
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('never fixes a session: a cookie sent with the sign-in is not the session after it, and no longer opens anything', async () => {
    await signInAs(testApp.app, testApp.database, 'editor', 'fixed@kraina.test');
    const planted = 'kraina_session=attacker-chosen-value-0000000000000000000000';
    const first = await signIn('fixed@kraina.test', testPassword, planted);
    const firstCookie = sessionCookieOf(first.headers['set-cookie']);
    expect(firstCookie).not.toBe(planted);
    const second = await signIn('fixed@kraina.test', testPassword, firstCookie);
    const secondCookie = sessionCookieOf(second.headers['set-cookie']);
    expect(secondCookie).not.toBe(firstCookie);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', firstCookie)).status).toBe(401);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', planted)).status).toBe(401);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', secondCookie)).status).toBe(200);
  });

  it('refuses a change made with the cookie but without its CSRF token, or with a wrong one, and accepts the right one', async () => {
    const { cookie, csrfToken } = testApp.editor;
    const post = () => request(testApp.app).post('/api/v1/articles').set('Cookie', cookie);
    const missing = await post().send(article('No token'));
    expect(missing.status).toBe(403);
    expect(missing.type).toBe('application/problem+json');
    expect((missing.body as Problem).detail).toMatch(/X-CSRF-Token/);
    expect((await post().set('X-CSRF-Token', `${csrfToken.slice(0, -1)}x`).send(article('Wrong token'))).status).toBe(403);
    expect((await post().set('X-CSRF-Token', csrfToken).send(article('Right token'))).status).toBe(201);
    const rows = await testApp.database.db.selectFrom('article_translations').select('headline').execute();
    expect(rows.map((r) => r.headline)).toEqual(['Right token']);
  });

  it('signs out: the session is revoked and its cookie opens nothing', async () => {
    const { cookie, csrfToken } = await signInAs(testApp.app, testApp.database, 'translator');
    const out = await request(testApp.app).post('/api/v1/auth/sign-out').set('Cookie', cookie).set('X-CSRF-Token', csrfToken);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^kraina_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', cookie)).status).toBe(401);
  });

  it('lists my open sessions and revokes one of them, never another person’s', async () => {
    const me = await signInAs(testApp.app, testApp.database, 'author', 'two-sessions@kraina.test');
    const other = await signIn('two-sessions@kraina.test');
    const otherCookie = sessionCookieOf(other.headers['set-cookie']);
    const list = await request(testApp.app).get('/api/v1/auth/sessions').set('Cookie', me.cookie);
    const items = (list.body as { items: { id: string; current: boolean }[] }).items;
    expect(items.map((s) => s.current).sort()).toEqual([false, true]);
    const theOther = items.find((s) => !s.current)?.id ?? '';
    const stranger = await signInAs(testApp.app, testApp.database, 'editor');
    const refused = await request(testApp.app).delete(`/api/v1/auth/sessions/${theOther}`).set('Cookie', stranger.cookie).set('X-CSRF-Token', stranger.csrfToken);
    expect(refused.status).toBe(404);
    const revoked = await request(testApp.app).delete(`/api/v1/auth/sessions/${theOther}`).set('Cookie', me.cookie).set('X-CSRF-Token', me.csrfToken);
    expect(revoked.status).toBe(204);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', otherCookie)).status).toBe(401);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', me.cookie)).status).toBe(200);
  });

  it('refuses a session left idle too long, and one past its absolute lifetime however busy', async () => {
    const idle = await signInAs(testApp.app, testApp.database, 'editor');
    laterBy(61);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', idle.cookie)).status).toBe(401);
    const busy = await signInAs(testApp.app, testApp.database, 'editor');
    for (let hour = 0; hour < 12; hour += 1) {
      laterBy(59);
      expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', busy.cookie)).status, `hour ${hour}`).toBe(200);
    }
    laterBy(59);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', busy.cookie)).status).toBe(401);
  });

  it('refuses a disabled account at sign-in, with the same words, and ends its sessions at once', async () => {
    const admin = await signInAs(testApp.app, testApp.database, 'admin');
    const victim = await signInAs(testApp.app, testApp.database, 'author', 'leaving@kraina.test');
    const disabled = await request(testApp.app)
      .patch(`/api/v1/users/${victim.user.id}`)
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', admin.csrfToken)
      .set('If-Match', `"${victim.user.version}"`)
      .send({ disabled: true });
    expect(disabled.status).toBe(200);
    expect((await request(testApp.app).get('/api/v1/auth/session').set('Cookie', victim.cookie)).status).toBe(401);
    const again = await signIn('leaving@kraina.test');
    expect(again.status).toBe(401);
    expect((again.body as Problem).detail).toBe('The email or password is not right');
  });

  it('throttles one account after 5 wrong passwords, the right one included, and says when to retry', async () => {
    laterBy(16); // a fresh window
    await signInAs(testApp.app, testApp.database, 'editor', 'guessed@kraina.test');
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn('guessed@kraina.test', `wrong guess ${attempt}`)).status).toBe(401);
    const throttled = await signIn('guessed@kraina.test');
    expect(throttled.status).toBe(429);
    expect(throttled.type).toBe('application/problem+json');
    expect(throttled.headers['retry-after']).toBe('900');
    laterBy(16);
    expect((await signIn('guessed@kraina.test')).status).toBe(200);
  });

  it('throttles one address after 20 failures across any accounts', async () => {
    laterBy(16);
    for (let attempt = 0; attempt < 20; attempt += 1) expect((await signIn(`guess-${attempt}@kraina.test`, 'wrong guess')).status).toBe(401);
    const throttled = await signIn('someone-else@kraina.test', 'wrong guess');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    laterBy(16);
  });

  it('never writes a password or a session secret into an answer or a log line', async () => {
    const secretPassword = 'a very particular secret password';
    const admin = await signInAs(testApp.app, testApp.database, 'admin');
    const created = await request(testApp.app)
      .post('/api/v1/users')
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', admin.csrfToken)
      .send({ email: 'new@kraina.test', name: 'New', role: 'editor', password: secretPassword });
    expect(created.status).toBe(201);
    const signedIn = await signIn('new@kraina.test', secretPassword);
    const wrong = await signIn('new@kraina.test', `${secretPassword}!`);
    const listed = await request(testApp.app).get('/api/v1/users').set('Cookie', admin.cookie);
    const answers = [created, signedIn, wrong, listed].map((res) => JSON.stringify(res.body) + JSON.stringify(res.headers));
    for (const text of answers) {
      expect(text).not.toContain(secretPassword);
      expect(text).not.toMatch(/scrypt\$/);
    }
    const secret = sessionCookieOf(signedIn.headers['set-cookie']).split('=')[1] as string;
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line).not.toContain(secretPassword);
      expect(line).not.toContain(secret);
    }
  });
});
