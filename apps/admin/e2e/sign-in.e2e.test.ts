import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { useAdminJourney } from './support/admin-journey.js';

describeInBrowser('sign-in page in Chromium', () => {
  // The sign-in page is checked under its own Content-Security-Policy; only the axe check, which injects an inline
  // script, bypasses it.
  const journey = useAdminJourney({ bypassCSP: false });

  it('shows labelled email and password fields and a sign-in button', async () => {
    const { page, errors, context } = await journey.newPage();
    await page.goto(`${journey.url}/sign-in`);

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · Kraina editorial');
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says a wrong password is refused, without saying which part was wrong', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(`${journey.url}/sign-in`);

    await page.getByLabel('Email').fill('nobody@kraina.test');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('alert').filter({ hasText: 'The email or password is not right' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('opens a deep link at sign-in, keeping the address to return to', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(`${journey.url}/articles/42?tab=history`);

    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/articles/42?tab=history');
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    await context.close();
  });

  it('loads at most 150 kB of gzipped JavaScript to show the sign-in page, and none of the signed-in screens', async () => {
    const { page, context } = await journey.newPage();
    const scripts: Promise<{ url: string; gzipped: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(response.body().then((body) => ({ url: response.url(), gzipped: gzipSync(body).length })));
    });
    await page.goto(`${journey.url}/sign-in`);
    await page.getByLabel('Email').waitFor();
    await page.waitForLoadState('networkidle');

    const loaded = await Promise.all(scripts);
    const total = loaded.reduce((sum, script) => sum + script.gzipped, 0);
    expect(total).toBeLessThanOrEqual(150_000);
    // The client, the editors and the other screens' words come only when used.
    expect(loaded.map((script) => new URL(script.url).pathname).filter((path) => /api-client|editor|area-messages|require-session/.test(path))).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations, in any interface language', async () => {
    const { page, context } = await journey.newPage({ bypassCSP: true });
    await page.goto(`${journey.url}/sign-in`);
    await page.getByLabel('Email').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    for (const [language, heading] of [['ru', 'Вход'], ['be', 'Уваход']] as const) {
      await page.getByRole('combobox').selectOption(language);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await findAccessibilityViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
