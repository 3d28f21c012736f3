import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff } from './support/staff-accounts.js';

// The refusals these journeys provoke on purpose; Chromium logs each non-2xx fetch as a console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401, 403, 409]);
// Each journey is many round trips through the browser and the API; the project's 30 s suits one-screen checks.
const journeyTime = 120_000;

/** Asks the API something as the signed-in page, as the app itself would, and answers only the status. */
function statusAsPage(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method: verb, path: target, body: payload }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const init: RequestInit = verb === 'GET' ? {} : { method: verb, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify(payload) };
      return (await fetch(`/api/v1${target}`, init)).status;
    },
    { method, path, body },
  );
}

describeInBrowser('an admin runs the portal: accounts, tokens, the audit log, alerts and redirects, against the real API', () => {
  // A step that cannot happen fails with its locator named, well before the journey's own time runs out.
  const journey = useAdminJourney({ stepTimeoutMs: 20_000 });
  let admin: StaffAccount;
  let editor: StaffAccount;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    [admin, editor] = (await createStaff(journey.apiUrl, [
      { name: `Alena Admin ${run}`, role: 'admin' },
      { name: `Eryk Editor ${run}`, role: 'editor' },
    ])) as [StaffAccount, StaffAccount];
  });

  it('creates a translator’s account, finds it by role, shows a taken email beside the field, and changes the role', async () => {
    const { page, errors } = await journey.signedInPage(admin, '/users');
    await page.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
    const create = page.getByRole('region', { name: 'Create an account' });
    await create.getByLabel('Name').fill(`Tania Translator ${run}`);
    await create.getByLabel('Email').fill(`tania-${run}@kraina.test`);
    await create.getByLabel('Role').selectOption('translator');
    await create.getByRole('checkbox', { name: 'be' }).check();
    await create.getByLabel('First password').fill('short');
    await create.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => create.getByLabel('First password').getAttribute('aria-invalid')).toBe('true');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await create.getByLabel('First password').fill(`a long first password ${run}`);
    await create.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`The account of Tania Translator ${run} is created.`).waitFor();

    await page.getByLabel('Search names and emails').fill(`tania-${run}`);
    await page.getByRole('combobox', { name: 'Role' }).last().selectOption('translator');
    // The API filters: the list asks it for exactly what the form says, however many accounts there are.
    const asked = page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.pathname === '/api/v1/users' && url.searchParams.get('role') === 'translator' && url.searchParams.get('q') === `tania-${run}`;
    });
    await page.getByRole('button', { name: 'Apply' }).click();
    await asked;
    await page.waitForURL((url) => url.searchParams.get('role') === 'translator');
    const row = page.getByRole('row', { name: new RegExp(`Tania Translator ${run}`) });
    expect(await row.textContent()).toContain('be');
    await page.getByRole('combobox', { name: 'State' }).selectOption('true');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('disabled') === 'true');
    await page.getByText('No accounts match.').waitFor();
    await page.goBack();

    // The API keeps emails unique; its refusal is shown by the field it names.
    await create.getByLabel('Name').fill('Someone else');
    await create.getByLabel('Email').fill(`tania-${run}@kraina.test`);
    await create.getByLabel('First password').fill(`another long password ${run}`);
    await create.getByRole('button', { name: 'Create account' }).click();
    await create.getByText('Already in use').waitFor();
    expect(await create.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await row.getByRole('link', { name: `Tania Translator ${run}` }).click();
    const account = page.getByRole('region', { name: new RegExp(`^Tania Translator ${run}`) });
    await account.getByLabel('Role').selectOption('editor');
    await account.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`The account of Tania Translator ${run} is saved.`).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('issues a password reset after asking, and shows its code once', async () => {
    const { page, errors } = await journey.signedInPage(admin, `/users?q=tania-${run}`);
    await page.getByRole('link', { name: `Tania Translator ${run}` }).click();
    await page.getByRole('button', { name: 'Issue reset code' }).click();
    const dialog = page.getByRole('dialog', { name: `Issue a password reset for Tania Translator ${run}?` });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Issue reset code' }).click();
    const shown = page.getByRole('region', { name: `Reset code for Tania Translator ${run}` });
    expect((await shown.getByLabel('Reset code').inputValue()).length).toBeGreaterThan(10);
    await shown.getByText('you won’t see this code again', { exact: false }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('creates a token whose secret shows once, then revokes it after asking', async () => {
    const { page, errors } = await journey.signedInPage(admin, '/tokens');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    const create = page.getByRole('region', { name: 'Create a token' });
    await create.getByRole('button', { name: 'Create token' }).click();
    await expect.poll(() => create.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');

    await create.getByLabel('Name').fill(`Newsletter export ${run}`);
    await create.getByRole('checkbox', { name: /^drafts:read/ }).check();
    await create.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByRole('region', { name: `The secret of “Newsletter export ${run}”` });
    const value = await secret.getByLabel('Secret').inputValue();
    expect(value.length).toBeGreaterThan(20);
    await secret.getByText('you won’t see this secret again', { exact: false }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The secret works as a bearer token, and nowhere in the app can it be read again.
    expect((await fetch(`${journey.apiUrl}/api/v1/editorial/articles`, { headers: { authorization: `Bearer ${value}` } })).status).toBe(200);
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(`Newsletter export ${run}`) });
    await row.waitFor();
    expect(await page.getByLabel('Secret').count()).toBe(0);
    expect(await page.content()).not.toContain(value);

    const revoke = row.getByRole('button', { name: `Revoke “Newsletter export ${run}”` });
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: `Revoke “Newsletter export ${run}”?` });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await revoke.evaluate((button) => button === document.activeElement)).toBe(true);

    await revoke.click();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText(`“Newsletter export ${run}” is revoked.`).waitFor();
    expect(await row.textContent()).toContain('Revoked');
    expect((await fetch(`${journey.apiUrl}/api/v1/editorial/articles`, { headers: { authorization: `Bearer ${value}` } })).status).toBe(401);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('shows the audit log intact, with the role change and the reset, filtered from the address', async () => {
    const { page, errors } = await journey.signedInPage(admin, '/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('region', { name: 'Chain of hashes' }).getByText('Intact.').waitFor();
    await page.getByRole('row', { name: new RegExp(`Alena Admin ${run}.*Password reset issued.*Tania Translator ${run}`) }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Action').selectOption('role-changed');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'role-changed');
    const change = page.getByRole('row', { name: new RegExp(`Tania Translator ${run}`) });
    expect(await change.textContent()).toContain('Role translator (be) → editor');
    expect(await page.getByRole('row', { name: /Password reset issued/ }).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('schedules site alerts the public API shows when they are due, changes one and deletes it after asking', async () => {
    const { page, errors } = await journey.signedInPage(admin, '/alerts');
    await page.getByRole('heading', { level: 1, name: 'Site alerts' }).waitFor();
    const create = page.getByRole('region', { name: 'Schedule a banner' });
    await create.getByRole('button', { name: 'Schedule banner' }).click();
    await create.getByText('Give the text in at least one locale').waitFor();

    const text = `Roads closed for the marathon ${run}`;
    await create.getByLabel('Level').selectOption('warning');
    await create.getByLabel('Text (en)').fill(text);
    await create.getByLabel('Text (be)').fill(`Дарогі зачыненыя ${run}`);
    await create.getByRole('button', { name: 'Schedule banner' }).click();
    await page.getByText('The banner is scheduled.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(text) });
    expect(await row.textContent()).toContain('Showing now');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const showing = async () => ((await (await fetch(`${journey.apiUrl}/api/v1/alerts`)).json()) as { items: { level: string; message: Record<string, string> }[] }).items;
    expect(await showing()).toContainEqual(expect.objectContaining({ level: 'warning', message: { en: text, be: `Дарогі зачыненыя ${run}` } }));

    const later = `New Year concert notice ${run}`;
    await create.getByLabel('Level').selectOption('holiday');
    await create.getByLabel('Text (en)').fill(later);
    await create.getByLabel('Starts').fill('2030-12-31T18:00');
    await create.getByRole('button', { name: 'Schedule banner' }).click();
    expect(await page.getByRole('row', { name: new RegExp(later) }).textContent()).toContain('Scheduled');
    expect((await showing()).some((alert) => alert.message.en === later)).toBe(false);

    await row.getByRole('button', { name: `Edit the banner “${text}”` }).click();
    const edit = page.getByRole('region', { name: 'Change the banner' });
    await edit.getByLabel('Text (en)').fill(`${text}, all day`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The banner is saved.').waitFor();
    expect((await showing()).some((alert) => alert.message.en === `${text}, all day`)).toBe(true);

    await row.getByRole('button', { name: `Delete the banner “${text}, all day”` }).click();
    await page.getByRole('dialog', { name: 'Delete this banner?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('The banner is deleted.').waitFor();
    expect((await showing()).some((alert) => alert.message.en?.startsWith(text))).toBe(false);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('adds a redirect the public lookup answers, after core’s path rule refuses an address that is not a path', async () => {
    const { page, errors } = await journey.signedInPage(admin, '/redirects');
    await page.getByRole('heading', { level: 1, name: 'Redirects' }).waitFor();
    const create = page.getByRole('region', { name: 'Add a redirect' });
    await create.getByLabel('Old address').fill(`https://elsewhere.example/${run}`);
    await create.getByLabel('New address').fill('/news');
    await create.getByRole('button', { name: 'Add redirect' }).click();
    await create.getByText('Must be a path on this site, starting with "/"').waitFor();
    expect(await create.getByLabel('Old address').getAttribute('aria-invalid')).toBe('true');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await create.getByLabel('Old address').fill(`/old/${run}.html`);
    await create.getByRole('button', { name: 'Add redirect' }).click();
    await page.getByText(`/old/${run}.html now leads to /news.`).waitFor();
    const lookup = await fetch(`${journey.apiUrl}/api/v1/redirects/lookup?path=${encodeURIComponent(`/old/${run}.html`)}`);
    expect(lookup.status).toBe(200);
    expect(((await lookup.json()) as { to: string }).to).toBe('/news');

    await page.getByRole('searchbox', { name: 'Search addresses' }).fill(run);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === run);
    await page.getByRole('row', { name: new RegExp(`/old/${run}.html`) }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('shows an editor none of these screens: not in the navigation, not allowed by address, refused by the API', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/users');
    await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    for (const hidden of ['Users', 'API tokens', 'Audit log', 'Alerts', 'Redirects']) expect(nav).not.toContain(hidden);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    for (const path of ['/tokens', '/audit', '/alerts', '/redirects']) {
      await page.goto(`${journey.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    }
    expect(await statusAsPage(page, 'GET', '/users')).toBe(403);
    expect(await statusAsPage(page, 'GET', '/tokens')).toBe(403);
    expect(await statusAsPage(page, 'GET', '/audit')).toBe(403);
    expect(await statusAsPage(page, 'POST', '/redirects', { from: `/editor/${run}`, to: '/news' })).toBe(403);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);
});
