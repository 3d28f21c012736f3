import { collectPageErrors, describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { expect, it } from 'vitest';
import { useSiteInBrowser } from './support/site-under-test.js';

describeInBrowser('home page in Chromium', () => {
  const site = useSiteInBrowser();

  it("lands an English reader on /en/ with the site's header, guides and heading", async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.url}/`);

    expect(new URL(page.url()).pathname).toBe('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('News, events and places');
    const guides = page.getByRole('navigation', { name: 'Guides' });
    expect(await guides.getByRole('link').allTextContents()).toEqual([
      'Events Calendar',
      'Top Tourist Sites',
      'UNESCO World Heritage Sites',
      'Sanatoria and health resorts',
      'Souvenirs',
      'Great Patriotic War monuments',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the whole page with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/`);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('News, events and places');
    expect(await page.getByRole('main').isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    // The stylesheet loaded (the CSP allows it): the header has its brand colour rather than none.
    const headerBackground = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerBackground).toBe('rgb(13, 92, 46)');
    await context.close();
  });

  it('switches language through links named in each language', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/en/`);

    const languages = page.getByRole('navigation', { name: 'Language' });
    expect(await languages.getByRole('link').allTextContents()).toEqual(['English', 'Русский', 'Беларуская']);
    await languages.getByRole('link', { name: 'Беларуская' }).click();

    expect(new URL(page.url()).pathname).toBe('/be/');
    expect(await page.getAttribute('html', 'lang')).toBe('be');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Навіны, падзеі і мясціны');
    await context.close();
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/en/`);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  for (const path of ['/en/', '/ru/', '/be/', '/en/no-such-page']) {
    it(`has no accessibility violations on ${path}`, async () => {
      const context = await site.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);

      expect(await findAccessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
