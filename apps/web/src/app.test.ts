import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { version } from '../package.json';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', API_URL: inject('apiUrl') }));

describe('GET /', () => {
  it("redirects to the reader's language with 302 and Vary: Accept-Language", async () => {
    const res = await request(app).get('/').set('Accept-Language', 'be-BY,be;q=0.9,ru;q=0.8');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/be/');
    expect(res.headers.vary).toMatch(/Accept-Language/i);
  });

  it('redirects to English when the reader asks for a language the site does not serve', async () => {
    const res = await request(app).get('/').set('Accept-Language', 'fr-FR');
    expect(res.headers.location).toBe('/en/');
  });

  it('redirects to English when the reader sends no Accept-Language', async () => {
    const res = await request(app).get('/');
    expect(res.headers.location).toBe('/en/');
  });
});

describe('GET /{locale}/', () => {
  it('renders the English home page as a complete, landmarked document', async () => {
    const res = await request(app).get('/en/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(res.text).toContain('<a class="skip-link" href="#main">Skip to main content</a>');
    expect(res.text).toContain('<main id="main" tabindex="-1">');
    expect(res.text).toContain('<h1>News, events and places</h1>');
    expect(res.text).toContain('<h2 id="top-news">Top news</h2>');
    expect(res.text).toContain('<footer');
    expect(res.text).toContain('Belarus.by');
  });

  it('shows the top menu of guides in the page language', async () => {
    const en = await request(app).get('/en/');
    expect(en.text).toContain('<nav class="guide-menu" aria-label="Guides">');
    for (const guide of ['Events Calendar', 'Top Tourist Sites', 'UNESCO World Heritage Sites', 'Souvenirs']) {
      expect(en.text).toContain(guide);
    }
    expect(en.text).toContain('href="/en/places/unesco-heritage/"');

    const be = await request(app).get('/be/');
    expect(be.text).toMatch(/^<!DOCTYPE html><html lang="be">/);
    expect(be.text).toContain('Каляндар падзей');
    expect(be.text).toContain('href="/be/events/"');
  });

  it('links to the same page in every language, each named in its own language', async () => {
    const res = await request(app).get('/ru/');
    expect(res.text).toContain('<a href="/en/" hrefLang="en" lang="en">English</a>');
    expect(res.text).toContain('<a href="/ru/" hrefLang="ru" lang="ru" aria-current="true">Русский</a>');
    expect(res.text).toContain('<a href="/be/" hrefLang="be" lang="be">Беларуская</a>');
  });

  it('adds the missing slash to a locale with a permanent redirect', async () => {
    const res = await request(app).get('/ru');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/ru/');
  });
});

describe('an unknown address', () => {
  it('answers 404 with a page in the locale its path starts with, pointing home', async () => {
    const res = await request(app).get('/ru/no-such-page');
    expect(res.status).toBe(404);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="ru">');
    expect(res.text).toContain('Страница не найдена');
    expect(res.text).toContain('/ru/no-such-page');
    expect(res.text).toContain('<a href="/ru/">Перейти на главную</a>');
  });

  it("answers in the reader's language when the path names no locale, and says it varies", async () => {
    const res = await request(app).get('/fr/').set('Accept-Language', 'be');
    expect(res.status).toBe(404);
    expect(res.text).toContain('<html lang="be">');
    expect(res.headers.vary).toMatch(/Accept-Language/i);
  });

  it('escapes the address it repeats, so a crafted URL cannot inject markup', async () => {
    const res = await request(app).get('/en/"><script>alert(1)</script>');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<script>alert(1)</script>');
  });
});

describe('GET /health', () => {
  it('answers with the service name and version as JSON, never cached', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', service: 'web', version });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /assets/site.css', () => {
  it('serves the stylesheet from this server, not a CDN', async () => {
    const res = await request(app).get('/assets/site.css');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/css');
  });

  it('allows stylesheets from this server only', async () => {
    const res = await request(app).get('/en/');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
