import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, describeInBrowser } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './support/site-under-test.js';

// The README's screenshots, taken from the built site over the demo portal. `npm test` runs this too and checks
// that each page renders whole at both sizes, but only `KRAINA_SCREENSHOTS=1` writes the files, so an ordinary
// test run never rewrites committed images:
//   KRAINA_SCREENSHOTS=1 npx vitest run --project e2e e2e/screenshots.e2e.test.ts     (in apps/web)
const writing = process.env.KRAINA_SCREENSHOTS === '1';
const folder = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

/** A page shown in the README and its address; an article's is read off the news list, so no slug is guessed. */
const shots: { file: string; address: (page: Page, siteUrl: string) => Promise<string> }[] = [
  { file: 'home', address: (_page, url) => Promise.resolve(`${url}/en/`) },
  {
    file: 'article',
    address: async (page, url) => {
      await page.goto(`${url}/en/news/`);
      return new URL((await page.locator('.article-card__headline a').first().getAttribute('href')) ?? '', url).href;
    },
  },
  { file: 'events', address: (_page, url) => Promise.resolve(`${url}/en/events/`) },
  { file: 'places', address: (_page, url) => Promise.resolve(`${url}/en/places/`) },
];

/**
 * Resolves once every image in the first screenful has loaded or failed, so a screenshot never shows a half-drawn
 * picture. Lazy images further down never load until scrolled to, so they are not waited for.
 */
async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].filter((image) => image.getBoundingClientRect().top < window.innerHeight).every((image) => image.complete), undefined, {
    timeout: 10_000,
  });
}

describeInBrowser('README screenshots', () => {
  const site = useSiteInBrowser();
  if (writing) mkdirSync(folder, { recursive: true });

  for (const { name, viewport, isMobile } of viewports) {
    describe(`on a ${name} (${viewport.width}×${viewport.height})`, () => {
      for (const shot of shots) {
        it(`shows the ${shot.file} page whole and styled${writing ? `, saved as docs/screenshots/${shot.file}-${name}.png` : ''}`, async () => {
          const context = await site.browser.newContext({ viewport, isMobile, hasTouch: isMobile, locale: 'en-GB', deviceScaleFactor: 1 });
          const page = await context.newPage();
          const errors = collectPageErrors(page);
          const address = await shot.address(page, site.url);
          const response = await page.goto(address, { waitUntil: 'load' });
          await imagesSettled(page);

          expect(response?.status(), `${address} should answer 200`).toBe(200);
          expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
          expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(13, 92, 46)');
          // Nothing wider than the screen: a phone reader never scrolls sideways.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          expect(errors).toEqual([]);
          if (writing) await page.screenshot({ path: `${folder}${shot.file}-${name}.png` });
          await context.close();
        });
      }
    });
  }
});
