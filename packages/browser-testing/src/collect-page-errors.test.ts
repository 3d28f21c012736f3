import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors } from './collect-page-errors.js';
import { describeInBrowser } from './describe-in-browser.js';
import { launchChromium } from './launch-chromium.js';

describeInBrowser('collectPageErrors', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('collects uncaught exceptions and console errors, and nothing the page merely logs', async () => {
    const tab = await browser.newPage();
    const errors = collectPageErrors(tab);
    await tab.setContent(`
      <script>console.log('rendered')</script>
      <script>console.error('stylesheet refused')</script>
      <script>throw new Error('menu script crashed')</script>
    `);

    expect(errors).toEqual([expect.stringMatching(/^stylesheet refused/), 'menu script crashed']);
    await tab.close();
  });
});
