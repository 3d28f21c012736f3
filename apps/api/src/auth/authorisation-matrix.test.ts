import { type Permission, type RouteContract, type RouteName, type TokenScope, TokenScopeSchema, buildPath, richTextFromParagraphs, routes } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { type SignedIn, signInAs, testPassword, tokenWith } from './test-staff.js';

// Every route of core's table × every kind of caller. The expectations are written here, apart from core's tables,
// so a change to who may do what shows as a failing row; the fixtures are keyed by RouteName, so a new route does
// not compile until it has one, and then it is in the matrix.

const expectedPermissions: Record<'translator' | 'author' | 'editor' | 'admin', readonly Permission[]> = {
  translator: ['self', 'drafts:read', 'translations:write'],
  author: ['self', 'drafts:read', 'content:write-own'],
  editor: ['self', 'drafts:read', 'content:write-own', 'content:write', 'content:publish', 'content:delete', 'translations:write', 'sections:manage'],
  admin: ['self', 'drafts:read', 'content:write-own', 'content:write', 'content:publish', 'content:delete', 'translations:write', 'sections:manage', 'site:manage', 'users:manage', 'tokens:manage', 'audit:read'],
};
// Which token scopes should open a route needing each permission; none for accounts, tokens and sessions.
const expectedScopes: Partial<Record<Permission, TokenScope>> = {
  'drafts:read': 'drafts:read',
  'content:write': 'content:write',
  'content:write-own': 'content:write',
  'content:publish': 'content:publish',
  'content:delete': 'content:delete',
  'translations:write': 'translations:write',
  'sections:manage': 'sections:manage',
  'site:manage': 'site:manage',
  'audit:read': 'audit:read',
};

interface Fixture {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

let serial = 0;
const next = () => (serial += 1);
const unknownId = '00000000-0000-4000-8000-000000000000';
const text = (title: string) => ({ headline: title, body: richTextFromParagraphs(['Text.']) });

// Valid requests, so a permitted caller reaches the handler: creations answer 201, changes of unknown ids 404.
const fixtures: Record<RouteName, () => Fixture> = {
  listArticles: () => ({}),
  getArticle: () => ({ params: { slug: 'missing' } }),
  listStaffArticles: () => ({ query: { status: 'draft', author: 'me' } }),
  getStaffArticle: () => ({ params: { id: unknownId } }),
  createArticle: () => ({ body: { section: 'news', translations: { en: text(`Matrix article ${next()}`) } } }),
  updateArticle: () => ({ params: { id: unknownId }, body: { tags: ['matrix'] }, headers: { 'If-Match': '"1"' } }),
  deleteArticle: () => ({ params: { id: unknownId } }),
  countArticlesByDay: () => ({ query: { year: '2026', month: '5' } }),
  changeArticleWorkflow: () => ({ params: { id: unknownId }, body: { action: 'submit' } }),
  listEvents: () => ({ query: { from: '2026-05-01T00:00:00Z', to: '2026-05-31T00:00:00Z' } }),
  downloadEventsCsv: () => ({ query: { from: '2026-05-01T00:00:00Z', to: '2026-05-31T00:00:00Z' } }),
  downloadEventsICalendar: () => ({}),
  getEventICalendar: () => ({ params: { slug: 'missing' } }),
  getEvent: () => ({ params: { slug: 'missing' } }),
  createEvent: () => ({
    body: {
      category: 'festival',
      translations: { en: { title: `Matrix event ${next()}`, description: richTextFromParagraphs(['Fun.']) } },
      schedule: [{ start: '2039-05-18T18:00', end: '2039-05-18T23:00' }],
    },
  }),
  updateEvent: () => ({ params: { id: unknownId }, body: { tags: ['matrix'] }, headers: { 'If-Match': '"1"' } }),
  deleteEvent: () => ({ params: { id: unknownId } }),
  countEventsByDay: () => ({ query: { year: '2026', month: '5' } }),
  listStaffEvents: () => ({ query: { status: 'draft', author: 'me', sort: 'start-asc' } }),
  getStaffEvent: () => ({ params: { id: unknownId } }),
  listEventSitemap: () => ({}),
  changeEventWorkflow: () => ({ params: { id: unknownId }, body: { action: 'submit' } }),
  listSites: () => ({}),
  downloadSitesGeoJson: () => ({}),
  downloadSitesCsv: () => ({}),
  getSite: () => ({ params: { slug: 'missing' } }),
  createSite: () => ({
    body: {
      kind: 'museum',
      region: 'minsk',
      coordinates: { lat: 53.9, lng: 27.56 },
      translations: { en: { name: `Matrix museum ${next()}`, description: richTextFromParagraphs(['Museum.']) } },
    },
  }),
  updateSite: () => ({ params: { id: unknownId }, body: { kind: 'museum', tags: ['matrix'] }, headers: { 'If-Match': '"1"' } }),
  deleteSite: () => ({ params: { id: unknownId } }),
  listStaffSites: () => ({ query: { kind: 'museum', translationStatus: 'stale' } }),
  getStaffSite: () => ({ params: { id: unknownId } }),
  changeSiteWorkflow: () => ({ params: { id: unknownId }, body: { action: 'submit' } }),
  listSections: () => ({}),
  createSection: () => ({ body: { slug: `matrix-section-${next()}`, name: { en: 'Matrix' } } }),
  updateSection: () => ({ params: { id: unknownId }, body: { name: { en: 'Renamed' } }, headers: { 'If-Match': '"1"' } }),
  deleteSection: () => ({ params: { id: unknownId } }),
  signIn: () => ({ body: { email: 'matrix-sign-in@kraina.test', password: testPassword } }),
  signOut: () => ({}),
  getSession: () => ({}),
  listMySessions: () => ({}),
  revokeMySession: () => ({ params: { id: unknownId } }),
  // Two-factor and passwords: nobody in the matrix has a setup begun (409) or two-factor on (409); the password
  // change is the caller's own, and the security settings stay as they are, so later rows sign in unrestricted.
  confirmTwoFactor: () => ({ body: { code: '123456' } }),
  setupTwoFactor: () => ({}),
  disableTwoFactor: () => ({ body: { password: testPassword, code: '123456' } }),
  changePassword: () => ({ body: { currentPassword: testPassword, newPassword: `${testPassword} again` } }),
  resetPassword: () => ({ body: { token: 'not-a-reset-token', newPassword: `${testPassword} again` } }),
  issuePasswordReset: () => ({ params: { id: unknownId } }),
  getSecuritySettings: () => ({}),
  updateSecuritySettings: () => ({ body: { twoFactorRequired: false } }),
  listUsers: () => ({}),
  createUser: () => ({ body: { email: `matrix-${next()}@kraina.test`, name: 'Matrix', role: 'author', password: testPassword } }),
  getUser: () => ({ params: { id: unknownId } }),
  updateUser: () => ({ params: { id: unknownId }, body: { name: 'Renamed' }, headers: { 'If-Match': '"1"' } }),
  listApiTokens: () => ({}),
  createApiToken: () => ({ body: { name: `matrix ${next()}`, scopes: ['drafts:read'] } }),
  revokeApiToken: () => ({ params: { id: unknownId } }),
  listAuditEntries: () => ({ query: { action: 'sign-in' } }),
  verifyAuditLog: () => ({}),
  createArticlePreview: () => ({ params: { id: unknownId } }),
  createEventPreview: () => ({ params: { id: unknownId } }),
  createSitePreview: () => ({ params: { id: unknownId } }),
  readPreview: () => ({ params: { token: 'bm90LWEtdG9rZW4.c2lnbmF0dXJl' } }),
  listShowingAlerts: () => ({}),
  listSiteAlerts: () => ({}),
  createSiteAlert: () => ({ body: { level: 'holiday', message: { en: 'Offices are closed on 3 July.' }, startsAt: '2036-07-03T00:00:00Z' } }),
  updateSiteAlert: () => ({ params: { id: unknownId }, body: { level: 'info' }, headers: { 'If-Match': '"1"' } }),
  deleteSiteAlert: () => ({ params: { id: unknownId } }),
  lookupRedirect: () => ({ query: { path: '/old-page.html' } }),
  listRedirects: () => ({}),
  createRedirect: () => ({ body: { from: `/matrix-${next()}.html`, to: '/en/news/' } }),
  updateRedirect: () => ({ params: { id: unknownId }, body: { to: '/en/events/' }, headers: { 'If-Match': '"1"' } }),
  deleteRedirect: () => ({ params: { id: unknownId } }),
  search: () => ({ query: { q: 'minsk' } }),
  lookupRelated: () => ({ query: { articles: unknownId } }),
  getContentVersion: () => ({}),
  getEditorialCalendar: () => ({ query: { from: '2026-05-01', to: '2026-05-31' } }),
  listImportRuns: () => ({ query: { status: 'failed' } }),
  listMedia: () => ({ query: { q: 'matrix' } }),
  // A form with a tiny PDF: text, so the fixture can send it as it is; images are uploaded in media's own tests.
  uploadMedia: () => ({
    headers: { 'Content-Type': 'multipart/form-data; boundary=kraina-matrix' },
    body: ['--kraina-matrix', 'Content-Disposition: form-data; name="file"; filename="matrix.pdf"', 'Content-Type: application/pdf', '', `%PDF-1.4 matrix ${next()}`, '--kraina-matrix--', ''].join('\r\n'),
  }),
  getMedia: () => ({ params: { id: unknownId } }),
  getPublicMedia: () => ({ params: { id: unknownId } }),
  updateMedia: () => ({ params: { id: unknownId }, body: { credit: 'Matrix' }, headers: { 'If-Match': '"1"' } }),
  deleteMedia: () => ({ params: { id: unknownId } }),
  // Revisions and translation status: an unknown item, so permitted callers get the handler's 404.
  listArticleRevisions: () => ({ params: { id: unknownId } }),
  diffArticleRevisions: () => ({ params: { id: unknownId }, query: { from: unknownId, to: unknownId } }),
  getArticleRevision: () => ({ params: { id: unknownId, revisionId: unknownId } }),
  restoreArticleRevision: () => ({ params: { id: unknownId, revisionId: unknownId }, body: {}, headers: { 'If-Match': '"1"' } }),
  confirmArticleTranslation: () => ({ params: { id: unknownId, locale: 'be' }, body: {}, headers: { 'If-Match': '"1"' } }),
  listEventRevisions: () => ({ params: { id: unknownId } }),
  diffEventRevisions: () => ({ params: { id: unknownId }, query: { from: unknownId, to: unknownId } }),
  getEventRevision: () => ({ params: { id: unknownId, revisionId: unknownId } }),
  restoreEventRevision: () => ({ params: { id: unknownId, revisionId: unknownId }, body: {}, headers: { 'If-Match': '"1"' } }),
  confirmEventTranslation: () => ({ params: { id: unknownId, locale: 'be' }, body: {}, headers: { 'If-Match': '"1"' } }),
  listSiteRevisions: () => ({ params: { id: unknownId } }),
  diffSiteRevisions: () => ({ params: { id: unknownId }, query: { from: unknownId, to: unknownId } }),
  getSiteRevision: () => ({ params: { id: unknownId, revisionId: unknownId } }),
  restoreSiteRevision: () => ({ params: { id: unknownId, revisionId: unknownId }, body: {}, headers: { 'If-Match': '"1"' } }),
  confirmSiteTranslation: () => ({ params: { id: unknownId, locale: 'be' }, body: {}, headers: { 'If-Match': '"1"' } }),
};

const neededOf = (route: RouteContract): readonly Permission[] => (route.access === 'public' ? [] : typeof route.access === 'string' ? [route.access] : route.access);

// Sign-out and sign-in end the caller's session, so they run last.
const order = (Object.keys(routes) as RouteName[]).sort((a, b) => Number(a === 'signIn' || a === 'signOut') - Number(b === 'signIn' || b === 'signOut') || (a === 'signIn' ? 1 : b === 'signIn' ? -1 : 0));

type Credentials = { cookie?: string; csrfToken?: string; bearer?: string };

describeEachDatabase('the authorisation matrix', (dialect) => {
  const testApp = useTestApp(dialect);
  const staff = {} as Record<keyof typeof expectedPermissions, SignedIn>;
  const tokenFor = new Map<string, string>();

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
    await signInAs(testApp.app, testApp.database, 'author', 'matrix-sign-in@kraina.test');
    for (const role of Object.keys(expectedPermissions) as (keyof typeof expectedPermissions)[]) staff[role] = await signInAs(testApp.app, testApp.database, role);
    for (const scope of TokenScopeSchema.options) tokenFor.set(scope, await tokenWith(testApp.database, [scope]));
    tokenFor.set('all', await tokenWith(testApp.database, TokenScopeSchema.options));
  });

  function bearerOf(scope: string): string {
    const token = tokenFor.get(scope);
    if (token === undefined) throw new Error(`No token with ${scope}`);
    return token;
  }

  function send(name: RouteName, credentials: Credentials) {
    const route = routes[name] as RouteContract;
    const fixture = fixtures[name]();
    const path = `/api/v1${buildPath(route.path, fixture.params)}`;
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    let req = request(testApp.app)[method](path).query(fixture.query ?? {});
    for (const [header, value] of Object.entries(fixture.headers ?? {})) req = req.set(header, value);
    if (credentials.cookie !== undefined) req = req.set('Cookie', credentials.cookie).set('X-CSRF-Token', credentials.csrfToken ?? '');
    if (credentials.bearer !== undefined) req = req.set('Authorization', `Bearer ${credentials.bearer}`);
    return fixture.body === undefined ? req : req.send(fixture.body as object);
  }

  // A permitted caller reaches the handler: a success, or the handler's own 404 or 409, never 401, 403 or a crash.
  function expectPermitted(status: number, label: string) {
    expect([200, 201, 204, 404, 409], label).toContain(status);
  }

  // These run before the matrix, whose sign-out and sign-in rows end the callers' sessions.
  it('refuses a refused caller before reading the body: an invalid body still answers 401 or 403, not 422', async () => {
    const invalid = { translations: 'not an object' };
    expect((await request(testApp.app).post('/api/v1/articles').send(invalid)).status).toBe(401);
    const translator = staff.translator;
    const res = await request(testApp.app).post('/api/v1/articles').set('Cookie', translator.cookie).set('X-CSRF-Token', translator.csrfToken).send(invalid);
    expect(res.status).toBe(403);
    expect((await request(testApp.app).post('/api/v1/users').set('Authorization', `Bearer ${bearerOf('all')}`).send(invalid)).status).toBe(403);
  });

  it('creates for every permitted caller: editor, author and a content:write token each get 201', async () => {
    for (const credentials of [staff.editor, staff.author, { bearer: bearerOf('content:write') }]) {
      expect((await send('createArticle', credentials)).status).toBe(201);
    }
  });
  it.each(order)('%s: anyone, or exactly the callers holding its permission', async (name) => {
    const route = routes[name] as RouteContract;
    const needed = neededOf(route);
    const anonymous = await send(name, {});
    if (route.access === 'public') expectPermitted(anonymous.status, 'anonymous');
    else {
      expect(anonymous.status, 'anonymous').toBe(401);
      expect(anonymous.type).toBe('application/problem+json');
    }

    for (const [role, held] of Object.entries(expectedPermissions) as [keyof typeof expectedPermissions, readonly Permission[]][]) {
      const res = await send(name, staff[role]);
      if (route.access === 'public' || needed.some((p) => held.includes(p))) expectPermitted(res.status, role);
      else {
        expect(res.status, role).toBe(403);
        expect(res.type).toBe('application/problem+json');
      }
    }

    const granting = [...new Set(needed.flatMap((p) => expectedScopes[p] ?? []))];
    for (const scope of granting) expectPermitted((await send(name, { bearer: bearerOf(scope) })).status, `token with ${scope}`);
    const without = TokenScopeSchema.options.filter((s) => !granting.includes(s));
    for (const scope of route.access === 'public' ? [] : without) {
      const res = await send(name, { bearer: bearerOf(scope) });
      expect(res.status, `token with only ${scope}`).toBe(403);
    }
    // A token never opens accounts, tokens or sessions, whatever its scopes.
    if (route.access !== 'public' && granting.length === 0) expect((await send(name, { bearer: bearerOf('all') })).status).toBe(403);
  });

});
