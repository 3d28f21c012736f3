import type { KrainaClient, SiteAlert } from '@kraina/core';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { mostUrgentFirst } from './showing-alerts.js';

const apiUrl = inject('apiUrl');
// No API cache in the site, so a banner created here shows on the next page.
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', API_URL: apiUrl, API_CACHE_SECONDS: '0' }));

describe('site alert banners', () => {
  let staff: KrainaClient;
  const created: SiteAlert[] = [];

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    created.push(
      await staff.createSiteAlert({ body: { level: 'holiday', message: { en: 'Offices close for Independence Day', be: 'Установы зачыненыя на Дзень Незалежнасці' }, startsAt, endsAt } }),
      await staff.createSiteAlert({
        body: { level: 'emergency', message: { en: 'Storm warning: stay indoors', ru: 'Штормовое предупреждение: оставайтесь дома' }, link: '/en/news/', startsAt, endsAt },
      }),
    );
  });

  afterAll(async () => {
    for (const alert of created) await staff.deleteSiteAlert({ params: { id: alert.id } });
  });

  it('shows every alert at the top of a page, the emergency first and as an ARIA alert, in a labelled region', async () => {
    const res = await request(app).get('/en/');
    expect(res.status).toBe(200);
    const region = /<section class="site-alerts" aria-label="Announcements">(.*?)<\/section>/s.exec(res.text)?.[1] ?? '';
    expect(region.indexOf('Storm warning')).toBeGreaterThan(-1);
    expect(region.indexOf('Storm warning')).toBeLessThan(region.indexOf('Independence Day'));
    expect(region).toContain('<div class="site-alert site-alert--emergency" role="alert"><p><strong class="site-alert__level">Emergency: </strong>');
    expect(region).toContain('<div class="site-alert site-alert--holiday"><p>');
    expect(region).toContain('<a href="/en/news/">Read more</a>');
    expect(res.text.indexOf('site-alerts')).toBeLessThan(res.text.indexOf('<header'));
  });

  it("shows each alert in the reader's language, falling back along core's chain and marking the language shown", async () => {
    const be = await request(app).get('/be/news/');
    expect(be.text).toContain('Установы зачыненыя на Дзень Незалежнасці');
    // No Belarusian text: Belarusian falls back to Russian, and says so with lang="ru".
    expect(be.text).toContain('<span lang="ru">Штормовое предупреждение: оставайтесь дома</span>');
    const ru = await request(app).get('/ru/search');
    expect(ru.text).toContain('<strong class="site-alert__level">Чрезвычайная ситуация: </strong><span>Штормовое предупреждение');
  });

  it('shows the banners on the 404 page too', async () => {
    const res = await request(app).get('/en/no-such-page');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Storm warning: stay indoors');
  });
});

describe('when the alerts cannot be read', () => {
  it('sends pages without banners rather than failing them', async () => {
    const broken = createApp(loadConfig({ API_URL: apiUrl }), {
      logger: pino({ enabled: false }),
      api: new Proxy(await signInAsAdmin(apiUrl), {
        get: (target, name) => (name === 'listShowingAlerts' ? () => Promise.reject(new Error('alerts store is down')) : target[name as keyof KrainaClient]),
      }),
    });
    const res = await request(broken).get('/en/news/');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('site-alerts');
  });
});

describe('mostUrgentFirst', () => {
  it('orders emergency, warning, holiday, information, keeping the order within a level', () => {
    const alert = (id: string, level: SiteAlert['level']) => ({ id, level }) as SiteAlert;
    const sorted = mostUrgentFirst([alert('a', 'info'), alert('b', 'holiday'), alert('c', 'emergency'), alert('d', 'warning'), alert('e', 'emergency')]);
    expect(sorted.map((a) => a.id)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });
});
