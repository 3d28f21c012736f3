import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from './config.js';

/**
 * Starts headless Chromium with nothing that phones home. Shared memory goes to /tmp: a container's /dev/shm is often
 * 64 MB, and a page that runs out of it crashes mid-journey.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}
