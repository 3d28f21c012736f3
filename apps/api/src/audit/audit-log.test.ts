import type { AuditEntry, AuditPage, AuditVerification, User } from '@kraina/core';
import { richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asSignedIn, signInAs, testPassword, tokenWith } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { appendAudit, createAuditLog, entryHash } from './audit-log.js';

// The audit log through the whole API: what is recorded, who may read it, and that a tampered or removed entry is
// found by verification. Each test starts from an empty log, so it reads exactly what its own actions wrote.

const article = (headline: string) => ({ section: 'news', translations: { en: { headline, body: richTextFromParagraphs(['Text.']) } } });

describeEachDatabase('the audit log', (dialect) => {
  const testApp = useTestApp(dialect);
  let admin: ReturnType<typeof asSignedIn>;
  let adminUser: User;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
    const signedIn = await signInAs(testApp.app, testApp.database, 'admin');
    admin = asSignedIn(testApp.app, signedIn);
    adminUser = signedIn.user;
  });
  beforeEach(async () => {
    await testApp.database.db.deleteFrom('audit_log').execute();
  });

  const entries = async () => ((await request(admin).get('/api/v1/audit?limit=100')).body as AuditPage).items;
  const verification = async () => (await request(admin).get('/api/v1/audit/verification')).body as AuditVerification;

  it('records sign-ins and failed sign-ins with the address and the email tried, never the password', async () => {
    const editor = await signInAs(testApp.app, testApp.database, 'editor');
    await request(testApp.app).post('/api/v1/auth/sign-in').send({ email: editor.user.email, password: 'wrong password, long enough' });
    await request(testApp.app).post('/api/v1/auth/sign-in').send({ email: 'nobody@kraina.test', password: testPassword });
    const [unknown, wrong, signIn] = await entries();
    expect(signIn).toMatchObject({ action: 'sign-in', actorId: editor.user.id, targetType: 'session', address: expect.any(String) as string });
    expect(wrong).toMatchObject({ action: 'sign-in-failed', actorId: editor.user.id, details: { email: editor.user.email } });
    expect(unknown).toMatchObject({ action: 'sign-in-failed', actorId: null, details: { email: 'nobody@kraina.test' } });
    expect(JSON.stringify(await entries())).not.toContain(testPassword);
  });

  it('records publishing and unpublishing per locale, and deletes, each by whom', async () => {
    const created = await testApp.stores.articles.create(article('Budget adopted'), adminUser.id);
    await testApp.stores.articles.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } }, adminUser.id);
    const published = await testApp.stores.articles.changeWorkflow(created.id, { status: 'archived' }, adminUser.id);
    const deleted = await request(admin).delete(`/api/v1/articles/${created.id}`).set('If-Match', `"${published.version}"`);
    expect(deleted.status).toBe(204);
    expect((await entries()).map((e) => [e.action, e.actorId, e.targetId, e.details.locales])).toEqual([
      ['deleted', adminUser.id, created.id, undefined],
      ['unpublished', adminUser.id, created.id, ['en']],
      ['published', adminUser.id, created.id, ['en']],
    ]);
  });

  it('records role changes and token use', async () => {
    const author = await signInAs(testApp.app, testApp.database, 'author');
    const changed = await request(admin).patch(`/api/v1/users/${author.user.id}`).set('If-Match', `"${author.user.version}"`).send({ role: 'editor' });
    expect(changed.status).toBe(200);
    const token = await tokenWith(testApp.database, ['content:write']);
    expect((await request(testApp.app).get('/api/v1/sections').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const [tokenUse, roleChange] = (await entries()).filter((e) => e.action === 'token-used' || e.action === 'role-changed');
    expect(roleChange).toMatchObject({ action: 'role-changed', actorId: adminUser.id, targetId: author.user.id, details: { from: { role: 'author' }, to: { role: 'editor' } } });
    expect(tokenUse).toMatchObject({ action: 'token-used', targetType: 'token' });
  });

  it('is readable by admins only, filtered by action', async () => {
    await signInAs(testApp.app, testApp.database, 'author');
    const editor = await signInAs(testApp.app, testApp.database, 'editor');
    const page = (await request(admin).get('/api/v1/audit?action=sign-in&limit=1')).body as AuditPage;
    expect(page.items.map((e) => e.action)).toEqual(['sign-in']);
    expect(page.nextCursor).not.toBeNull();
    const next = (await request(admin).get(`/api/v1/audit?action=sign-in&cursor=${page.nextCursor ?? ''}`)).body as AuditPage;
    expect(next.items.every((e) => (e.seq < (page.items[0] as AuditEntry).seq))).toBe(true);
    expect((await request(asSignedIn(testApp.app, editor)).get('/api/v1/audit')).status).toBe(403);
    expect((await request(testApp.app).get('/api/v1/audit/verification')).status).toBe(401);
  });

  it('is filtered by the thing acted on: by its type, and by its id', async () => {
    const nina = await signInAs(testApp.app, testApp.database, 'author');
    const ales = await signInAs(testApp.app, testApp.database, 'author');
    const list = async (query: string) => ((await request(admin).get(`/api/v1/audit?${query}`)).body as AuditPage).items;
    const users = await list('entityType=user');
    expect(users.map((e) => e.targetId)).toEqual([ales.user.id, nina.user.id]);
    expect(users.every((e) => e.targetType === 'user')).toBe(true);
    expect((await list('entityType=session')).map((e) => e.action)).toEqual(['sign-in', 'sign-in']);
    expect((await list(`entityType=user&entityId=${nina.user.id}`)).map((e) => [e.action, e.targetId])).toEqual([['created', nina.user.id]]);
    expect((await list(`entityId=${ales.user.id}`)).map((e) => [e.action, e.targetId])).toEqual([['created', ales.user.id]]);
    expect(await list('entityType=redirect')).toEqual([]);
    expect((await request(admin).get('/api/v1/audit?entityType=')).status).toBe(422);
  });

  it('finds an entry changed in place, one removed, and one forged with a fresh hash', async () => {
    const { db } = testApp.database;
    for (let i = 0; i < 5; i += 1) await appendAudit(db, dialect, { action: 'token-used', actorId: null, details: { name: `entry ${i}` } });
    expect(await verification()).toEqual({ ok: true, entries: 5, brokenAt: null, reason: null });

    await db.updateTable('audit_log').set({ details_json: '{"name":"rewritten"}' }).where('seq', '=', 3).execute();
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining('hash') as string });

    // Rewriting the entry with a matching hash only moves the break to the next entry, which chains to the old one.
    const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    await db.updateTable('audit_log').set({ hash: entryHash(row.prev_hash, row) }).where('seq', '=', 3).execute();
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringContaining('chain') as string });

    await db.deleteFrom('audit_log').where('seq', 'in', [3, 4]).execute();
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 3, reason: 'entry 3 is missing' });
  });

  it('chains appends made at the same moment without a fork', async () => {
    const log = createAuditLog(testApp.database);
    await Promise.all(Array.from({ length: 25 }, (_, i) => log.append({ action: 'token-used', actorId: null, details: { name: `entry ${i}` } })));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 25 });
    const seqs = (await testApp.database.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('writes a publish and its entry together: a publish that fails leaves no entry', async () => {
    const created = await testApp.stores.articles.create(article('Never published'), adminUser.id);
    // An actor that is no account fails the revision's foreign key inside the transaction: nothing of it stays.
    const unknownActor = '00000000-0000-4000-8000-000000000000';
    await expect(testApp.stores.articles.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } }, unknownActor)).rejects.toThrow();
    await expect(testApp.stores.articles.delete(created.id, 999, adminUser.id)).rejects.toMatchObject({ code: 'version-conflict' });
    expect(await entries()).toEqual([]);
    expect((await testApp.stores.articles.getById(created.id))?.status).toBe('draft');
  });
});

describe('entryHash', () => {
  it('depends on every field and on the previous hash', () => {
    const row = { seq: 1, at: '2026-11-28T06:00:00.000Z', action: 'sign-in', actor_id: null, target_type: null, target_id: null, address: '127.0.0.1', details_json: '{}' };
    const base = entryHash('0'.repeat(64), row);
    expect(entryHash('1'.repeat(64), row)).not.toBe(base);
    for (const [key, value] of Object.entries({ seq: 2, at: '2026-11-28T06:00:01.000Z', action: 'deleted', actor_id: 'x', target_type: 'article', target_id: 'y', address: '10.0.0.1', details_json: '{"a":1}' })) {
      expect(entryHash('0'.repeat(64), { ...row, [key]: value }), key).not.toBe(base);
    }
  });
});
