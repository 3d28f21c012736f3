import { collectPageErrors, describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './support/site-under-test.js';

// A visitor's walk through the places in each language: the catalogue of a kind from the guide menu, then a place,
// with the map island running over the list, and without JavaScript, where the list is the page.
const locales = [
  { locale: 'en', guide: 'UNESCO World Heritage Sites', facts: 'Key facts' },
  { locale: 'ru', guide: 'Объекты Всемирного наследия ЮНЕСКО', facts: 'Основные сведения' },
  { locale: 'be', guide: 'Аб’екты Сусветнай спадчыны ЮНЕСКА', facts: 'Асноўныя звесткі' },
] as const;

const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

/** Walks from the places home to a kind through the guide menu, then to its first place, checking each page. */
async function walk(page: Page, baseUrl: string, locale: (typeof locales)[number], visit: (page: Page) => Promise<void>) {
  await page.goto(`${baseUrl}/${locale.locale}/places/`);
  await page.locator('nav.guide-menu').getByRole('link', { name: locale.guide }).click();
  expect(new URL(page.url()).pathname).toBe(`/${locale.locale}/places/unesco-heritage/`);
  expect(await heading(page)).toBe(locale.guide);
  // The list with coordinates is there whatever the map does.
  expect(await page.locator('.place-card').count()).toBeGreaterThan(1);
  expect(await page.locator('.place-card__coordinates').first().isVisible()).toBe(true);
  await visit(page);

  await page.locator('.place-card__name a').first().click();
  expect(page.url()).toMatch(new RegExp(`/${locale.locale}/places/unesco-heritage/[a-z0-9-]+$`));
  expect(await page.getByRole('heading', { level: 2, name: locale.facts }).isVisible()).toBe(true);
  expect(await page.locator('.place__facts data').first().isVisible()).toBe(true);
  await visit(page);
}

describeInBrowser('places pages in Chromium', () => {
  const site = useSiteInBrowser();

  for (const locale of locales) {
    describe(`in ${locale.locale}`, () => {
      it('walks a catalogue and a place with JavaScript on, the map mounted, with no accessibility violations', async () => {
        const context = await site.browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, site.url, locale, async (p) => {
          await p.locator('.place-map .leaflet-container').waitFor();
          expect(await p.locator('.place-map__note').textContent()).not.toBe('');
          expect(await findAccessibilityViolations(p), p.url()).toEqual([]);
        });
        expect(errors).toEqual([]);
        await context.close();
      });

      it('walks the same pages with JavaScript off: no map, the list and coordinates whole', async () => {
        const context = await site.browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await walk(page, site.url, locale, async (p) => {
          expect(await p.locator('.leaflet-container').count()).toBe(0);
          expect(await p.locator('.place-map').first().isVisible()).toBe(false);
          expect(await p.getByRole('main').isVisible()).toBe(true);
        });
        expect(errors).toEqual([]);
        await context.close();
      });
    });
  }

  it('runs the island under the site’s own content security policy, a pin per listed place, operable by keyboard', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.url}/en/places/museum/`);
    await page.locator('.place-map .leaflet-container').waitFor();
    const names = await page.locator('.place-card__name a').allTextContents();
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(names.length);
    const pin = page.getByRole('button', { name: names[0] ?? '' });
    await pin.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup a', { hasText: names[0] ?? '' });
    await link.waitFor();
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Close');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describeInBrowser('places pages with a tile server that does not answer', () => {
  // Port 9 (discard) refuses connections: every tile fails, as when a tile server is down.
  const site = useSiteInBrowser({ MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Test tiles' });

  it('still mounts the map, says the background is missing, and keeps the list with coordinates', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/ru/places/war-memorial/`);
    await page.locator('.place-map .leaflet-container').waitFor();
    await expect.poll(() => page.locator('.place-map__note').textContent()).toBe('Не удалось загрузить подложку карты; координаты указаны на странице.');
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('© Test tiles');
    expect(await page.locator('.place-card__coordinates').first().isVisible()).toBe(true);
    await context.close();
  });
});
