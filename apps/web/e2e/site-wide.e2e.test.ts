import { collectPageErrors, describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { type Article, type KrainaClient, type SiteAlert, richTextFromParagraphs } from '@kraina/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from '../test-support/sign-in-as-admin.js';
import { useSiteInBrowser } from './support/site-under-test.js';

// The parts of every page in each language: the alert banner above the header, the header's search box leading to
// results narrowed by kind, a draft's preview page, and the 404 and 500 pages, with JavaScript on and off.
const locales = [
  { locale: 'en', query: 'Minsk', results: 'Results for “Minsk”', places: 'Places', notFound: 'Page not found', serverError: 'Something went wrong', preview: 'Preview of a draft — not public', alerts: 'Announcements', alert: 'Road works on Independence Avenue tonight', searchLabel: 'Search news, events and places' },
  { locale: 'ru', query: 'Минск', results: 'Результаты по запросу «Минск»', places: 'Места', notFound: 'Страница не найдена', serverError: 'Что-то пошло не так', preview: 'Предпросмотр черновика — не опубликовано', alerts: 'Объявления', alert: 'Ночью ремонт дороги на проспекте Независимости', searchLabel: 'Искать новости, события и места' },
  { locale: 'be', query: 'Мінск', results: 'Вынікі па запыце «Мінск»', places: 'Мясціны', notFound: 'Старонка не знойдзена', serverError: 'Нешта пайшло не так', preview: 'Папярэдні прагляд чарнавіка — не апублікавана', alerts: 'Аб’явы', alert: 'Уначы рамонт дарогі на праспекце Незалежнасці', searchLabel: 'Шукаць навіны, падзеі і мясціны' },
] as const;

describeInBrowser('site-wide parts in Chromium', () => {
  // No API cache in the site, so the banner created below shows on the first page.
  const site = useSiteInBrowser({ API_CACHE_SECONDS: '0' });
  let staff: KrainaClient;
  let alert: SiteAlert;
  let draft: Article;
  let previewToken: string;
  const draftHeadline = 'Budget 2027 (embargoed draft)';

  beforeAll(async () => {
    staff = await signInAsAdmin(inject('apiUrl'));
    alert = await staff.createSiteAlert({
      body: {
        level: 'warning',
        message: Object.fromEntries(locales.map((l) => [l.locale, l.alert])),
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    draft = await staff.createArticle({
      body: { section: 'economy', translations: Object.fromEntries(locales.map((l) => [l.locale, { headline: draftHeadline, body: richTextFromParagraphs(['Figures under embargo.']) }])) },
    });
    previewToken = (await staff.createArticlePreview({ params: { id: draft.id } })).token;
  });

  afterAll(async () => {
    await staff.deleteSiteAlert({ params: { id: alert.id } });
    await staff.deleteArticle({ params: { id: draft.id } });
  });

  const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

  /** Home with its banner → header search → one kind of result → a 404 page, checking each page with `check`. */
  async function walk(page: Page, locale: (typeof locales)[number], check: (page: Page) => Promise<void>) {
    await page.goto(`${site.url}/${locale.locale}/`);
    const banner = page.getByRole('region', { name: locale.alerts });
    expect(await banner.textContent()).toContain(locale.alert);
    await check(page);

    const header = page.locator('header');
    await header.getByLabel(locale.searchLabel).fill(locale.query);
    await header.getByLabel(locale.searchLabel).press('Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(new URL(page.url()).pathname).toBe(`/${locale.locale}/search`);
    expect(await heading(page)).toBe(locale.results);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: locale.alerts }).isVisible()).toBe(true);
    await check(page);

    await page.locator('.search-kinds').getByRole('link', { name: locale.places }).click();
    expect(new URL(page.url()).searchParams.get('type')).toBe('place');
    const hrefs = await page.locator('.search-hit__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith(`/${locale.locale}/places/`))).toBe(true);
    await check(page);

    await page.goto(`${site.url}/${locale.locale}/preview/${previewToken}`);
    expect(await heading(page)).toBe(draftHeadline);
    expect(await page.locator('.preview-banner__title').textContent()).toBe(locale.preview);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await check(page);

    const response = await page.goto(`${site.url}/${locale.locale}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await heading(page)).toBe(locale.notFound);
    await check(page);
  }

  /** The browser reports the 404 page's own status as a console error; that one is expected, nothing else is. */
  const unexpected = (errors: string[]) => errors.filter((e) => !(e.includes('404') && e.includes('/no-such-page')));

  for (const locale of locales) {
    describe(`in ${locale.locale}`, () => {
      it('shows the banner, searches from the header and shows a 404 page with JavaScript on, with no accessibility violations', async () => {
        const context = await site.browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, locale, async (p) => {
          expect(await findAccessibilityViolations(p), p.url()).toEqual([]);
        });
        expect(unexpected(errors)).toEqual([]);
        await context.close();
      });

      it('does the same with JavaScript off, every page whole and styled', async () => {
        const context = await site.browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, locale, async (p) => {
          expect(await p.getByRole('main').isVisible()).toBe(true);
          // axe runs inside the page, so it cannot here; the markup is the same as with JavaScript on, checked above.
          expect(await p.locator('.site-alert--warning').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 214)');
        });
        expect(unexpected(errors)).toEqual([]);
        await context.close();
      });
    });
  }
});

// The server error page, in each language: a site whose API cannot be reached answers every content page with it,
// as 503 (try again shortly) rather than 500.
describeInBrowser('the server error page in Chromium', () => {
  const site = useSiteInBrowser({ API_URL: 'http://127.0.0.1:9', API_CACHE_SECONDS: '0' });

  for (const locale of locales) {
    it(`says what happened in ${locale.locale}, with status 503, no accessibility violations, and works with JavaScript off`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        // bypassCSP lets axe inject its script, as in the other journeys; the page's own CSP is not under test here.
        const context = await site.browser.newContext({ javaScriptEnabled, bypassCSP: true });
        const page = await context.newPage();
        const response = await page.goto(`${site.url}/${locale.locale}/news/`);
        expect(response?.status()).toBe(503);
        expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(locale.serverError);
        expect(await page.getByRole('main').isVisible()).toBe(true);
        if (javaScriptEnabled) expect(await findAccessibilityViolations(page), page.url()).toEqual([]);
        await context.close();
      }
    });
  }
});
