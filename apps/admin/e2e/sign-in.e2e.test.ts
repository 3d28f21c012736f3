import {
  type RunningServer,
  collectPageErrors,
  describeInBrowser,
  findAccessibilityViolations,
  launchChromium,
  startBuiltServer,
} from '@kraina/browser-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

describeInBrowser('sign-in page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startBuiltServer({ distDir: new URL('../dist/server/', import.meta.url), workspace: '@kraina/admin' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows labelled email and password fields and a sign-in button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/`);

    expect(await page.title()).toBe('Sign in · Kraina editorial');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says sign-in is not there yet instead of pretending to sign in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);

    await page.getByLabel('Email').fill('editor@example.org');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('status').filter({ hasText: 'Sign-in arrives with the editorial back end.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('opens at a deep link, as after a bookmark or a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/42/edit`);

    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').waitFor();

    expect(await findAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
