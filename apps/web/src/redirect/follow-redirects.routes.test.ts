import type { KrainaClient, Redirect } from '@kraina/core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', API_URL: apiUrl }));
const article = '/en/news/business-news/belarus-china-business-forum-minsk';
// Unique per run, so a rerun against the same API does not meet the last run's redirects.
const legacyId = String(Date.now()).slice(-10).padStart(10, '0');

describe('old addresses', () => {
  let staff: KrainaClient;
  const created: Redirect[] = [];

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    created.push(
      await staff.createRedirect({ body: { from: `/en/news/economy/some-title_i_${legacyId}.html`, to: article } }),
      await staff.createRedirect({ body: { from: `/index.php?newsid=${legacyId}`, to: article } }),
    );
  });

  afterAll(async () => {
    for (const redirect of created) await staff.deleteRedirect({ params: { id: redirect.id } });
  });

  it('answer 301 with the page a redirect made through the API names, though no route matches them', async () => {
    const res = await request(app).get(`/en/news/economy/some-title_i_${legacyId}.html`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(article);
    expect((await request(app).get(res.headers.location ?? '')).status).toBe(200);
  });

  it('are told apart by their query when the legacy site used one', async () => {
    const res = await request(app).get(`/index.php?newsid=${legacyId}`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(article);
    expect((await request(app).get('/index.php?newsid=1')).status).toBe(404);
  });

  it('leave an address with no redirect to the 404 page, and never lead off the site', async () => {
    expect((await request(app).get(`/en/news/economy/other-title_i_${legacyId}.html`)).status).toBe(404);
    const offSite = await request(app).get('//evil.example/');
    expect(offSite.status).toBe(404);
    expect(offSite.headers.location).toBeUndefined();
  });
});
