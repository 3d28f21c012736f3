import { AppError, type KrainaClient, createClient } from '@kraina/core';
import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

const apiUrl = inject('apiUrl');
const config = loadConfig({ SITE_NAME: 'Belarus.by', API_URL: apiUrl });
const app = createApp(config);

/** The demo API, except that reading the sections fails as given. */
function failingSections(error: Error): KrainaClient {
  const api = createClient({ baseUrl: apiUrl });
  return { ...api, listSections: () => Promise.reject(error) };
}

const notFound = [
  { locale: 'en', heading: 'Page not found', news: 'All news', search: 'Search news, events and places' },
  { locale: 'ru', heading: 'Страница не найдена', news: 'Все новости', search: 'Искать новости, события и места' },
  { locale: 'be', heading: 'Старонка не знойдзена', news: 'Усе навіны', search: 'Шукаць навіны, падзеі і мясціны' },
] as const;

describe('the 404 page', () => {
  for (const { locale, heading, news, search } of notFound) {
    it(`answers 404 in ${locale} for an address under /${locale}/, with a search and links on, and is not indexed`, async () => {
      const res = await request(app).get(`/${locale}/no/such/page`);
      expect(res.status).toBe(404);
      expect(res.text).toContain(`<html lang="${locale}">`);
      expect(res.text).toContain(`<h1>${heading}</h1>`);
      expect(res.text).toContain(`<label for="error-search">${search}</label>`);
      expect(res.text).toContain(`<a href="/${locale}/news/">${news}</a>`);
      expect(res.text).toContain(`<a href="/${locale}/events/">`);
      expect(res.text).toContain(`<a href="/${locale}/places/">`);
      expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    });
  }

  it('speaks the language Accept-Language asks for when the path names none, and tells caches so', async () => {
    const res = await request(app).get('/no-such-page').set('Accept-Language', 'be-BY,be;q=0.9');
    expect(res.status).toBe(404);
    expect(res.text).toContain('<h1>Старонка не знойдзена</h1>');
    expect(res.headers.vary).toContain('Accept-Language');
    expect((await request(app).get('/no-such-page')).text).toContain('<html lang="en">');
  });
});

describe('the error page', () => {
  it('answers 500 in the locale of the path, with no trace of the error, never cached', async () => {
    const broken = createApp(config, { api: failingSections(new Error('secret stack detail at db.ts:42')) });
    for (const { locale, heading } of [
      { locale: 'en', heading: 'Something went wrong' },
      { locale: 'ru', heading: 'Что-то пошло не так' },
      { locale: 'be', heading: 'Нешта пайшло не так' },
    ]) {
      const res = await request(broken).get(`/${locale}/news/`);
      expect(res.status, locale).toBe(500);
      expect(res.text, locale).toContain(`<h1>${heading}</h1>`);
      expect(res.text, locale).not.toContain('secret stack detail');
      expect(res.text, locale).not.toContain('db.ts');
      expect(res.headers['cache-control'], locale).toBe('no-store');
      expect(res.text, locale).toContain('<meta name="robots" content="noindex, nofollow"/>');
    }
  });

  it('answers 503 when the API is unavailable, so caches and crawlers retry', async () => {
    const down = createApp(config, { api: failingSections(new AppError('unavailable', 'API down')) });
    expect((await request(down).get('/en/news/')).status).toBe(503);
  });
});
