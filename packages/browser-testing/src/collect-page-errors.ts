import type { Page } from 'playwright-core';

/**
 * Collects what the page reports as broken: uncaught exceptions and console errors, which include every resource
 * the page failed to load (a 404 stylesheet, a script the CSP refused).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}
