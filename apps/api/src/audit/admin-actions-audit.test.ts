import type { AuditEntry, AuditPage, AuditVerification, CreatedApiToken, Redirect, Section, SiteAlert, User } from '@kraina/core';
import request from 'supertest';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecuritySettingsStore } from '../auth/security-settings-store.js';
import { asSignedIn, signInAs, testPassword } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createAuditLog } from './audit-log.js';

// What admins manage (accounts, tokens, the sign-in rules, redirects, banners, sections) is audited through the API:
// one entry per change, naming who made it and what it was made to, with the chain still whole afterwards. Each test
// starts from an empty log, so the entries it reads are its own request's.

describeEachDatabase('the audit of admin actions', (dialect) => {
  const testApp = useTestApp(dialect);
  let admin: ReturnType<typeof asSignedIn>;
  let adminUser: User;

  beforeAll(async () => {
    const signedIn = await signInAs(testApp.app, testApp.database, 'admin');
    admin = asSignedIn(testApp.app, signedIn);
    adminUser = signedIn.user;
  });
  beforeEach(async () => {
    await testApp.database.db.deleteFrom('audit_log').execute();
  });

  const entries = async () => ((await request(admin).get('/api/v1/audit?limit=100')).body as AuditPage).items;
  const verification = async () => (await request(admin).get('/api/v1/audit/verification')).body as AuditVerification;

  /** The one entry a change left, after checking it is the only one and the chain verifies. */
  async function onlyEntry(): Promise<AuditEntry> {
    const all = await entries();
    expect(all).toHaveLength(1);
    expect(await verification()).toMatchObject({ ok: true, entries: 1 });
    return all[0] as AuditEntry;
  }

  const by = () => ({ actorId: adminUser.id, address: expect.any(String) as string });

  describe('accounts', () => {
    it('records creating an account with its email and role, never its password', async () => {
      const created = await request(admin).post('/api/v1/users').send({ email: 'Nina@Kraina.test', name: 'Nina', role: 'translator', locales: ['be'], password: testPassword });
      expect(created.status).toBe(201);
      const entry = await onlyEntry();
      expect(entry).toMatchObject({ ...by(), action: 'created', targetType: 'user', targetId: (created.body as User).id, details: { email: 'nina@kraina.test', to: { role: 'translator', locales: ['be'] } } });
      expect(JSON.stringify(entry)).not.toContain(testPassword);
    });

    it('records a role change, a disabling and an enabling, one entry each', async () => {
      const author = (await signInAs(testApp.app, testApp.database, 'author')).user;
      await testApp.database.db.deleteFrom('audit_log').execute();
      const patch = (version: number, body: object) => request(admin).patch(`/api/v1/users/${author.id}`).set('If-Match', `"${version}"`).send(body);

      expect((await patch(author.version, { role: 'editor' })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'role-changed', targetType: 'user', targetId: author.id, details: { from: { role: 'author' }, to: { role: 'editor' } } });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await patch(author.version + 1, { disabled: true })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'account-disabled', targetType: 'user', targetId: author.id });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await patch(author.version + 2, { disabled: false })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'account-enabled', targetType: 'user', targetId: author.id });
    });

    it('records nothing for a change refused as stale', async () => {
      const author = (await signInAs(testApp.app, testApp.database, 'author')).user;
      await testApp.database.db.deleteFrom('audit_log').execute();
      const stale = await request(admin).patch(`/api/v1/users/${author.id}`).set('If-Match', `"${author.version + 5}"`).send({ disabled: true });
      expect(stale.status).toBe(412);
      expect(await entries()).toEqual([]);
    });
  });

  describe('API tokens', () => {
    it('records creating and revoking a token by its name, never its secret', async () => {
      const created = await request(admin).post('/api/v1/tokens').send({ name: 'Newsletter', scopes: ['drafts:read'] });
      expect(created.status).toBe(201);
      const token = created.body as CreatedApiToken;
      const entry = await onlyEntry();
      expect(entry).toMatchObject({ ...by(), action: 'token-created', targetType: 'token', targetId: token.id, details: { name: 'Newsletter' } });
      expect(JSON.stringify(entry)).not.toContain(token.secret);

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'token-revoked', targetType: 'token', targetId: token.id, details: { name: 'Newsletter' } });
      // Revoking it again finds no active token and records nothing.
      expect((await request(admin).delete(`/api/v1/tokens/${token.id}`)).status).toBe(404);
      expect(await entries()).toHaveLength(1);
    });
  });

  describe('the sign-in rules', () => {
    it('records making two-factor sign-in mandatory, and nothing when the rule is set to what it already is', async () => {
      // While it is mandatory, an admin without two-factor may only set it up, so the log is read from the database.
      const log = createAuditLog(testApp.database);
      try {
        expect((await request(admin).put('/api/v1/settings/security').send({ twoFactorRequired: true })).status).toBe(200);
        const [entry, ...others] = (await log.list({ limit: 100 })).items;
        expect(others).toEqual([]);
        expect(entry).toMatchObject({ ...by(), action: 'two-factor-made-mandatory', targetType: 'settings', targetId: 'security' });
        expect(await log.verify()).toMatchObject({ ok: true, entries: 1 });
        await createSecuritySettingsStore(testApp.database).set({ twoFactorRequired: true }, { id: adminUser.id, address: null });
        expect((await log.list({ limit: 100 })).items).toHaveLength(1);
      } finally {
        await testApp.database.db.deleteFrom('security_settings').execute();
      }
    });
  });

  describe('what the site shows', () => {
    it('records creating, changing and deleting a redirect', async () => {
      const created = await request(admin).post('/api/v1/redirects').send({ from: '/en/old-audit', to: '/en/news/' });
      expect(created.status).toBe(201);
      const redirect = created.body as Redirect;
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'created', targetType: 'redirect', targetId: redirect.id });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).patch(`/api/v1/redirects/${redirect.id}`).set('If-Match', `"${redirect.version}"`).send({ to: '/en/sport/' })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'changed', targetType: 'redirect', targetId: redirect.id });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).delete(`/api/v1/redirects/${redirect.id}`)).status).toBe(204);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'deleted', targetType: 'redirect', targetId: redirect.id });
    });

    it('records nothing for a redirect refused as a duplicate', async () => {
      expect((await request(admin).post('/api/v1/redirects').send({ from: '/en/twice', to: '/en/news/' })).status).toBe(201);
      expect((await request(admin).post('/api/v1/redirects').send({ from: '/en/twice', to: '/en/sport/' })).status).toBe(409);
      expect((await entries()).map((e) => e.action)).toEqual(['created']);
    });

    it('records scheduling, changing and removing a site alert', async () => {
      const created = await request(admin).post('/api/v1/alerts').send({ level: 'info', message: { en: 'Maintenance tonight' }, startsAt: '2036-01-01T00:00:00Z' });
      expect(created.status).toBe(201);
      const alert = created.body as SiteAlert;
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'created', targetType: 'site-alert', targetId: alert.id });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).patch(`/api/v1/alerts/${alert.id}`).set('If-Match', `"${alert.version}"`).send({ level: 'warning' })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'changed', targetType: 'site-alert', targetId: alert.id });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).delete(`/api/v1/alerts/${alert.id}`)).status).toBe(204);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'deleted', targetType: 'site-alert', targetId: alert.id });
    });

    it('records creating, changing and deleting a section by its slug', async () => {
      const created = await request(admin).post('/api/v1/sections').send({ slug: 'audited', name: { en: 'Audited' } });
      expect(created.status).toBe(201);
      const section = created.body as Section;
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'created', targetType: 'section', targetId: section.id, details: { slug: 'audited' } });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).patch(`/api/v1/sections/${section.id}`).set('If-Match', `"${section.version}"`).send({ slug: 'audited-too' })).status).toBe(200);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'changed', targetType: 'section', targetId: section.id, details: { slug: 'audited-too' } });

      await testApp.database.db.deleteFrom('audit_log').execute();
      expect((await request(admin).delete(`/api/v1/sections/${section.id}`)).status).toBe(204);
      expect(await onlyEntry()).toMatchObject({ ...by(), action: 'deleted', targetType: 'section', targetId: section.id, details: { slug: 'audited-too' } });
    });
  });
});
