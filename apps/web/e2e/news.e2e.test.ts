import { collectPageErrors, describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './support/site-under-test.js';

// A reader's walk through the news in each language: home, a section, page 2 of the list, an article and a day
// archive, against the built site reading the real demo API.
const locales = [
  { locale: 'en', home: 'News, events and places', business: 'Business', page2: 'Page 2 of', weekdays: 'Su Mo Tu We Th Fr Sa' },
  { locale: 'ru', home: 'Новости, события и места', business: 'Бизнес', page2: 'Страница 2 из', weekdays: 'пн вт ср чт пт сб вс' },
  { locale: 'be', home: 'Навіны, падзеі і мясціны', business: 'Бізнес', page2: 'Старонка 2 з', weekdays: 'пн аў ср чц пт сб нд' },
] as const;

describeInBrowser('news pages in Chromium', () => {
  const site = useSiteInBrowser();

  const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

  /** Walks home → section → page 2 → article → day archive by following links, as a reader does. */
  async function walk(page: Page, locale: (typeof locales)[number], visit: (page: Page) => Promise<void>) {
    await page.goto(`${site.url}/${locale.locale}/`);
    expect(await heading(page)).toBe(locale.home);
    await visit(page);

    await page.goto(`${site.url}/${locale.locale}/news/business/`);
    expect(await heading(page)).toBe(locale.business);
    expect((await page.locator('nav.breadcrumbs a').allTextContents())[1]).toBe(locale.business);
    await visit(page);

    await page.goto(`${site.url}/${locale.locale}/news/`);
    await page.locator('nav.pagination a[rel="next"]').click();
    expect(new URL(page.url()).search).toBe('?page=2');
    expect(await page.locator('.list-status').textContent()).toContain(locale.page2);
    await visit(page);

    await page.locator('.article-card__headline a').first().click();
    expect(page.url()).toMatch(new RegExp(`/${locale.locale}/news/[a-z-]+/[a-z0-9-]+$`));
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('.article__dateline').textContent()).toMatch(/^[A-ZА-ЯЁІЎ' -]+, \d{1,2} \S+ \(.+\)$/u);
    await visit(page);

    await page.goto(`${site.url}/${locale.locale}/`);
    // On the first of a month this month may have no news yet; last month's calendar then has.
    if ((await page.locator('.month-calendar td.has-news a').count()) === 0) await page.locator('.month-calendar__months a').first().click();
    await page.locator('.month-calendar td.has-news a').last().click();
    expect(page.url()).toMatch(new RegExp(`/${locale.locale}/news/archive/\\d{4}/\\d{2}/\\d{2}$`));
    const weekdays = await page.locator('.month-calendar thead abbr').allTextContents();
    expect(weekdays.join(' ')).toBe(locale.weekdays);
    expect(await page.locator('.article-list li').count()).toBeGreaterThan(0);
    await visit(page);
  }

  for (const locale of locales) {
    describe(`in ${locale.locale}`, () => {
      it('walks home, a section, page 2, an article and a day archive with JavaScript on, with no accessibility violations', async () => {
        const context: BrowserContext = await site.browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, locale, async (p) => {
          expect(await findAccessibilityViolations(p), p.url()).toEqual([]);
        });
        expect(errors).toEqual([]);
        await context.close();
      });

      it('walks the same pages with JavaScript off, every page whole and styled', async () => {
        const context = await site.browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, locale, async (p) => {
          expect(await p.getByRole('main').isVisible()).toBe(true);
          expect(await p.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(13, 92, 46)');
        });
        expect(errors).toEqual([]);
        await context.close();
      });
    });
  }

  it('keeps a reader on the same article when they switch language', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/en/news/business-news/belarus-china-business-forum-minsk`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Беларуская' }).click();
    expect(new URL(page.url()).pathname).toBe('/be/news/business-news/belarus-china-business-forum-minsk');
    expect(await heading(page)).toBe('У Мінску адкрыўся беларуска-кітайскі бізнес-форум');
    await context.close();
  });

  it('shows the lead picture, loaded from this site, on a phone-sized screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.url}/ru/news/business-news/belarus-china-business-forum-minsk`);
    const image = page.locator('.article__lead-image img');
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
