import type { Problem, Redirect, RedirectPage } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

describeEachDatabase('the redirect routes', (dialect) => {
  const testApp = useTestApp(dialect);
  let admin: SignedIn;
  const asAdmin = () => request(asSignedIn(testApp.app, admin));
  const create = async (from: string, to: string) => {
    const res = await asAdmin().post('/api/v1/redirects').send({ from, to });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Redirect;
  };

  beforeAll(async () => {
    admin = await signInAs(testApp.app, testApp.database, 'admin', 'redirect-admin@kraina.test');
  });

  it('answers the public lookup of an old address with where it now lives, and 404 for any other', async () => {
    await create('/news/economy_i_0000043443.html', '/en/news/economy/forum-opens');
    const found = await request(testApp.app).get('/api/v1/redirects/lookup').query({ path: '/news/economy_i_0000043443.html' });
    expect(found.status).toBe(200);
    expect((found.body as Redirect).to).toBe('/en/news/economy/forum-opens');
    expect(found.headers['cache-control']).toContain('public');
    const missing = await request(testApp.app).get('/api/v1/redirects/lookup').query({ path: '/never-was.html' });
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('application/problem+json');
  });

  it('refuses an address outside the site, one already redirected, and one leading to another redirect, naming the field', async () => {
    const outside = await asAdmin().post('/api/v1/redirects').send({ from: '/old', to: 'https://evil.example/' });
    expect(outside.status).toBe(422);
    expect((outside.body as Problem).errors?.[0]?.pointer).toBe('#/body/to');

    await create('/old-about.html', '/en/');
    const twice = await asAdmin().post('/api/v1/redirects').send({ from: '/old-about.html', to: '/ru/' });
    expect(twice.status).toBe(409);
    expect((twice.body as Problem).errors?.[0]?.pointer).toBe('#/body/from');

    const chained = await asAdmin().post('/api/v1/redirects').send({ from: '/older-about.html', to: '/old-about.html' });
    expect(chained.status).toBe(422);
    expect((chained.body as Problem).errors?.[0]).toMatchObject({ pointer: '#/body/to', detail: expect.stringContaining('/en/') as string });
  });

  it('keeps every redirect one hop: a new one from an address others lead to takes them along', async () => {
    await create('/a-2009.html', '/b-2015.html');
    await create('/b-2015.html', '/en/news/b');
    const first = await request(testApp.app).get('/api/v1/redirects/lookup').query({ path: '/a-2009.html' });
    expect((first.body as Redirect).to).toBe('/en/news/b');
  });

  it('changes a redirect at the version it was read at, and answers 412 to a stale change', async () => {
    const redirect = await create('/contacts.php', '/en/');
    const changed = await asAdmin().patch(`/api/v1/redirects/${redirect.id}`).set('If-Match', `"${redirect.version}"`).send({ to: '/en/contacts' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ to: '/en/contacts', version: redirect.version + 1 });
    const stale = await asAdmin().patch(`/api/v1/redirects/${redirect.id}`).set('If-Match', `"${redirect.version}"`).send({ to: '/ru/' });
    expect(stale.status).toBe(412);
    const now = await request(testApp.app).get('/api/v1/redirects/lookup').query({ path: '/contacts.php' });
    expect((now.body as Redirect).to).toBe('/en/contacts');
  });

  it('lists redirects newest first in pages, filtered by part of a path, and deletes one', async () => {
    for (let i = 0; i < 5; i += 1) await create(`/archive/page-${i}.html`, `/en/news/page-${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await asAdmin().get('/api/v1/redirects').query({ q: 'archive/page', limit: 2, ...(cursor === null ? {} : { cursor }) });
      expect(res.status).toBe(200);
      const page = res.body as RedirectPage;
      seen.push(...page.items.map((r) => r.from));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4].map((i) => `/archive/page-${i}.html`));
    // `_` and `%` in a search are characters of a path, not patterns.
    const literal = await asAdmin().get('/api/v1/redirects').query({ q: 'page_' });
    expect((literal.body as RedirectPage).items).toEqual([]);
    const legacy = await asAdmin().get('/api/v1/redirects').query({ q: 'ECONOMY_I_000' });
    expect((legacy.body as RedirectPage).items.map((r) => r.from)).toEqual(['/news/economy_i_0000043443.html']);

    const [victim] = ((await asAdmin().get('/api/v1/redirects').query({ q: 'page-0' })).body as RedirectPage).items;
    expect((await asAdmin().delete(`/api/v1/redirects/${victim?.id}`)).status).toBe(204);
    expect((await request(testApp.app).get('/api/v1/redirects/lookup').query({ path: '/archive/page-0.html' })).status).toBe(404);
  });

  it('lets only those who manage the site change redirects: an editor may not', async () => {
    const res = await request(testApp.staffApp).post('/api/v1/redirects').send({ from: '/editor-try.html', to: '/en/' });
    expect(res.status).toBe(403);
  });
});
