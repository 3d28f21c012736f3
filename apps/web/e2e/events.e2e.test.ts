import { collectPageErrors, describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './support/site-under-test.js';

// A reader's walk through the events in each language: the calendar, the next month, the concerts of that month, one
// concert's page and its "Add to calendar" file, against the built site reading the real demo API. Demo concerts
// include organ evenings on the first Saturday of every month from next month on, so next month always has one.
const locales = [
  { locale: 'en', heading: 'Events calendar', concert: 'Concert' },
  { locale: 'ru', heading: 'Календарь событий', concert: 'Концерт' },
  { locale: 'be', heading: 'Каляндар падзей', concert: 'Канцэрт' },
] as const;

describeInBrowser('events pages in Chromium', () => {
  const site = useSiteInBrowser();

  const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

  async function walk(page: Page, locale: (typeof locales)[number], visit: (page: Page) => Promise<void>) {
    await page.goto(`${site.url}/${locale.locale}/events/`);
    expect(await heading(page)).toBe(locale.heading);
    expect((await page.locator('nav.breadcrumbs a').allTextContents()).at(-1)).toBe(locale.heading);
    await visit(page);

    await page.locator('.events-month__nav a[rel="next"]').click();
    expect(new URL(page.url()).searchParams.get('month')).toMatch(/^\d{4}-\d{2}$/);
    const month = new URL(page.url()).searchParams.get('month');
    await visit(page);

    // A plain GET form: it submits the same with JavaScript off.
    await page.selectOption('#events-filter-category', 'concert');
    await page.locator('.event-filters button[type="submit"]').click();
    const filtered = new URL(page.url());
    expect(filtered.searchParams.get('category')).toBe('concert');
    expect(filtered.searchParams.get('month')).toBe(month);
    const categories = await page.locator('.event-item__meta > span:first-of-type').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set([locale.concert]));
    await visit(page);

    await page.locator('.event-item__title a').first().click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${locale.locale}/events/[a-z0-9-]+$`));
    expect(await page.locator('article.event h1').isVisible()).toBe(true);
    expect(await page.locator('.event__category').textContent()).toBe(locale.concert);
    await visit(page);

    const icsPath = await page.locator('.event__actions a[href$=".ics"]').getAttribute('href');
    const ics = await page.request.get(new URL(icsPath ?? '', page.url()).href);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain('BEGIN:VEVENT');
  }

  for (const locale of locales) {
    describe(`in ${locale.locale}`, () => {
      it('walks the calendar, the next month, its concerts, a concert and its .ics with JavaScript on, with no accessibility violations', async () => {
        const context = await site.browser.newContext({ bypassCSP: true });
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

  it('keeps the filters when a reader switches language on the calendar', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/en/events/?category=concert&city=Minsk`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ru/events/');
    expect(url.searchParams.get('category')).toBe('concert');
    expect(await page.locator('#events-filter-city').inputValue()).toBe('Minsk');
    await context.close();
  });
});
