import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One failed accessibility rule, with the elements that break it, readable in a test failure. */
export interface AccessibilityViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  elements: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.2 A and AA and axe's best practices, and lists what fails.
 * The page's context needs `bypassCSP: true`, since the script is injected inline.
 */
export async function findAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async () => {
    // The injected script defines window.axe; cast here rather than declare it on every consumer's Window.
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}
