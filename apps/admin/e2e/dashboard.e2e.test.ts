import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { richTextFromParagraphs } from '@kraina/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// The dashboard against the real API: each panel shows the work it names, put there the way staff put it (through the
// API as authors and editors, and a failed `kraina import` run from the command line beside the running API).

const kraina = fileURLToPath(new URL('../../api/dist/kraina.js', import.meta.url));
const journeyTime = 90_000;
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401]);

describeInBrowser('the dashboard, against the real API', () => {
  const journey = useAdminJourney();
  const run = Date.now().toString(36);
  const titles = { draft: `Dash draft ${run}`, review: `Dash review ${run}`, scheduled: `Dash scheduled ${run}`, out: `Dash out ${run}`, stale: `Dash stale ${run}` };
  let author: StaffAccount;
  let editor: StaffAccount;
  let folder = '';

  const panel = (page: Page, name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    [author, editor] = (await createStaff(journey.apiUrl, [
      { name: 'Dana Author', role: 'author' },
      { name: 'Dima Editor', role: 'editor' },
    ])) as [StaffAccount, StaffAccount];
    const asAuthor = await signedInClient(journey.apiUrl, author);
    const asEditor = await signedInClient(journey.apiUrl, editor);
    const section = (await asEditor.listSections()).items[0]?.slug ?? '';
    const body = richTextFromParagraphs(['Filed for the dashboard.']);
    const write = (client: typeof asAuthor, headline: string, ru?: string) =>
      client.createArticle({ body: { section, translations: { en: { headline, body }, ...(ru ? { ru: { headline: ru, body } } : {}) } } });

    await write(asAuthor, titles.draft);
    const review = await write(asAuthor, titles.review);
    await asAuthor.changeArticleWorkflow({ params: { id: review.id }, body: { action: 'submit' }, ifMatch: review.version });
    const scheduled = await write(asEditor, titles.scheduled);
    await asEditor.changeArticleWorkflow({ params: { id: scheduled.id }, body: { action: 'schedule', publishAt: '2036-01-01T09:00:00Z' }, ifMatch: scheduled.version });
    const out = await write(asEditor, titles.out);
    await asEditor.changeArticleWorkflow({ params: { id: out.id }, body: { action: 'publish' }, ifMatch: out.version });
    // Translated, then its English headline changes: the Russian one now lags behind it.
    const stale = await write(asEditor, titles.stale, `${titles.stale} (ru)`);
    await asEditor.updateArticle({ params: { id: stale.id }, body: { translations: { en: { headline: `${titles.stale}, revised`, body } } }, ifMatch: stale.version });

    // An operator's import of a file that is not GeoJSON at all: the run is recorded as failed, with why.
    folder = await mkdtemp(join(tmpdir(), 'kraina-dashboard-'));
    const broken = join(folder, `places-${run}.json`);
    await writeFile(broken, '{ "type": "FeatureCollection", ');
    await promisify(execFile)(process.execPath, [kraina, 'import', 'geojson', broken], { env: { ...process.env, DATABASE_URL: inject('apiDatabaseUrl'), LOG_LEVEL: 'silent' } }).catch(
      (failure: unknown) => failure, // it exits non-zero, as a failed import should
    );
  }, journeyTime);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('shows an author their own drafts', async () => {
    const { page, errors } = await journey.signedInPage(author, '/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await panel(page, 'My drafts').getByRole('link', { name: titles.draft }).waitFor();
    expect(await panel(page, 'My drafts').getByRole('link', { name: titles.out }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('shows an editor what waits for review, what is scheduled or just out, stale translations and a failed import', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/');
    await panel(page, 'Waiting for review').getByRole('link', { name: titles.review }).waitFor();
    const scheduled = panel(page, 'Scheduled').getByRole('listitem').filter({ hasText: titles.scheduled });
    await scheduled.waitFor();
    expect(await scheduled.locator('time').getAttribute('datetime')).toBe('2036-01-01T09:00:00.000Z');
    await panel(page, 'Recently published').getByRole('link', { name: titles.out }).waitFor();
    const stale = panel(page, 'Stale translations').getByRole('listitem').filter({ hasText: titles.stale });
    await stale.waitFor();
    expect(await stale.textContent()).toMatch(/ru.*headline/);
    // The run's own item, not the list of its errors inside it.
    const failed = panel(page, 'Failed imports').getByRole('listitem').filter({ hasText: `places-${run}.json` }).first();
    await failed.waitFor();
    expect(await failed.textContent()).toContain('GeoJSON places');
    expect(await failed.textContent()).toMatch(/Not valid JSON/);

    await panel(page, 'Waiting for review').getByRole('link', { name: titles.review }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Edit article' }).waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe(titles.review);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);
});
