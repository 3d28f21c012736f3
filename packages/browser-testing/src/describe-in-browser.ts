import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { chromiumPath, isCI } from './config.js';

/**
 * Declares journeys that need Chromium. Without it they fail on CI, where a skipped journey would pass unseen,
 * and are skipped with the reason on a developer's machine.
 */
export function describeInBrowser(name: string, journeys: () => void): void {
  if (existsSync(chromiumPath)) {
    describe(name, journeys);
    return;
  }
  const why = `no Chromium at ${chromiumPath} (install Debian's with "apt-get install chromium", or set CHROMIUM_PATH)`;
  if (isCI) {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`Browser journeys cannot run on CI: ${why}.`);
      });
    });
    return;
  }
  // Skipped only off CI, and only without Chromium: a laptop without it cannot run journeys, and saying so (in the
  // name and on the console) beats failing a developer's `npm test` over a missing browser. CI never takes this path.
  console.warn(`Skipping browser journeys "${name}": ${why}.`);
  describe.skip(`${name} (skipped: ${why})`, journeys);
}
