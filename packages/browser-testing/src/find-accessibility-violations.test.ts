import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser } from './describe-in-browser.js';
import { findAccessibilityViolations } from './find-accessibility-violations.js';
import { launchChromium } from './launch-chromium.js';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Kraina</title></head><body>${body}</body></html>`;

describeInBrowser('findAccessibilityViolations', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds nothing wrong in a titled page whose content sits in landmarks', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page('<main><h1>News, events and places</h1><p>Today in Minsk.</p></main>'));

    expect(await findAccessibilityViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('names the rule and the element when an image has no text alternative', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page('<main><h1>Photos</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>'));

    expect(await findAccessibilityViolations(tab)).toContainEqual(
      expect.objectContaining({ rule: 'image-alt', impact: 'critical', elements: ['img'] }),
    );
    await tab.close();
  });
});
