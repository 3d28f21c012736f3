import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, callApiAsPage, createStaff, enableTwoFactor, signInThroughPage, signedInClient } from './support/staff-accounts.js';
import { totpCode } from './support/totp-code.js';

// A one-pixel PNG: the API sniffs and re-encodes it like any photo.
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// The refusals these journeys provoke on purpose; Chromium logs each non-2xx fetch as a console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401, 403, 412]);

describeInBrowser('the newsroom’s journey through the editorial app, against the real API', () => {
  const journey = useAdminJourney();
  let author: StaffAccount;
  let editor: StaffAccount;
  let secondEditor: StaffAccount;
  let guardedEditor: StaffAccount;
  let articleUrl = '';

  beforeAll(async () => {
    [author, editor, secondEditor, guardedEditor] = (await createStaff(journey.apiUrl, [
      { name: 'Ales Author', role: 'author' },
      { name: 'Ela Editor', role: 'editor' },
      { name: 'Yan Editor', role: 'editor' },
      { name: 'Zosia Editor', role: 'editor' },
    ])) as [StaffAccount, StaffAccount, StaffAccount, StaffAccount];
  });

  it('sends a stranger at a deep link to sign-in, and back there afterwards', async () => {
    const { page, errors } = await journey.signedInPage(author, '/articles?status=draft');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/articles?status=draft');
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Dashboard', 'Calendar', 'Articles', 'Events', 'Places', 'Media']);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('has an author write an article: a missing headline is shown beside the field, then it saves', async () => {
    const { page, errors } = await journey.signedInPage(author, '/articles/new');
    await page.getByRole('heading', { level: 1, name: 'Create article' }).waitFor();
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type('The season opens with Kupalinka.');
    await page.getByRole('button', { name: 'Save' }).click();

    const headline = page.getByLabel('Headline');
    await expect.poll(() => headline.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await headline.getAttribute('aria-describedby')) ?? '';
    expect((await page.locator(`[id="${errorId}"]`).textContent())?.length).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await headline.fill('Opera season opens');
    await page.getByLabel('Image file').setInputFiles({ name: 'stage.png', mimeType: 'image/png', buffer: onePixelPng });
    await page.getByLabel('Alt text (en)').fill('The opera house stage lit for the premiere');
    await page.getByLabel('Caption (en)').fill('Premiere night');
    await page.getByLabel('Credit').fill('Kraina photo desk');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('Uploaded stage.png', { exact: false }).waitFor();
    expect(await page.getByLabel('Upload progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    articleUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Edit article' }).waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Opera season opens');
    await page.getByText('Current: stage.png (The opera house stage lit for the premiere)').waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it('offers the author submit but no publish, and the API refuses an author’s publish all the same', async () => {
    const { page, errors } = await journey.signedInPage(author, articleUrl);
    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Submit for review' }).waitFor();
    expect(await workflow.getByRole('button', { name: 'Publish' }).count()).toBe(0);

    const refused = await callApiAsPage(page, `${articleUrl}/workflow`, { action: 'publish' });
    expect(refused.status).toBe(403);

    await workflow.getByRole('button', { name: 'Submit for review' }).click();
    await workflow.getByText('Done: the article is now In review.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('has an editor find it waiting for review and publish it', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/');
    const waiting = page.getByRole('region', { name: 'Waiting for review' });
    await waiting.getByRole('link', { name: 'Opera season opens' }).click();
    await page.waitForURL(`**${articleUrl}`);
    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Publish' }).click();
    await workflow.getByText('Done: the article is now Published.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('tells the second of two editors who saved first and when, shows both versions, and keeps theirs only on request', async () => {
    const first = await journey.signedInPage(editor, articleUrl);
    const second = await journey.signedInPage(secondEditor, articleUrl);
    await first.page.getByLabel('Headline').fill('Opera season opens on Friday');
    await second.page.getByLabel('Lead').fill('Twelve premieres this winter.');

    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.getByText(/^Saved at/).waitFor();
    await second.page.getByRole('button', { name: 'Save' }).click();

    const conflict = second.page.getByRole('region', { name: 'Someone else saved first' });
    await conflict.getByText(/^Ela Editor saved version \d+ at/).waitFor();
    expect(await conflict.getByRole('row', { name: /en · headline/ }).textContent()).toContain('Opera season opens on Friday');
    expect(await second.page.getByLabel('Lead').inputValue()).toBe('Twelve premieres this winter.');
    expect(await findAccessibilityViolations(second.page)).toEqual([]);

    await conflict.getByRole('button', { name: /^Keep mine/ }).click();
    await second.page.getByText(/^Saved at/).waitFor();
    expect(await second.page.getByLabel('Lead').inputValue()).toBe('Twelve premieres this winter.');
    expect(unexpected(first.errors)).toEqual([]);
    expect(unexpected(second.errors)).toEqual([]);
  });

  it('warns before unsaved changes are lost, and leaves only when told to', async () => {
    const { page, errors } = await journey.signedInPage(author, '/articles/new');
    await page.getByLabel('Headline').fill('Half a thought');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    const warning = page.getByRole('alertdialog');
    await warning.getByText('You have unsaved changes.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Stay' }).click();
    expect(new URL(page.url()).pathname).toBe('/articles/new');
    expect(await page.getByLabel('Headline').inputValue()).toBe('Half a thought');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    await page.goto(`${journey.url}/articles/new`);
    await page.getByRole('heading', { level: 1, name: 'Create article' }).waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe('');
    expect(unexpected(errors)).toEqual([]);
  });

  it('returns to the same screen with what was typed after the session ends', async () => {
    const { page, errors } = await journey.signedInPage(author, '/articles/new');
    await page.getByLabel('Headline').fill('Written while the session ran out');
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/articles/new');
    await page.getByText('Your session ended.', { exact: false }).waitFor();
    await signInThroughPage(page, author);
    expect(new URL(page.url()).pathname).toBe('/articles/new');
    await page.getByText('Unsaved changes from before were restored.').waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Written while the session ran out');
    expect(unexpected(errors)).toEqual([]);
  });

  it('speaks Belarusian when asked, and remembers it after a reload', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/');
    await page.getByLabel('Interface language').selectOption('be');
    await page.getByRole('navigation', { name: 'Асноўнае' }).getByRole('link', { name: 'Артыкулы' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Агляд' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('be');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('is operable from the keyboard: the skip link comes first and lands on the main content', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Create article' }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it('keeps the list’s filters in the address and publishes the selected articles in bulk', async () => {
    const writer = await signedInClient(journey.apiUrl, author);
    const section = (await writer.listSections()).items[0]?.slug ?? '';
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Ready.' }] }] };
    await writer.createArticle({ body: { section, translations: { en: { headline: 'Bulk candidate one', body } } } });

    const { page, errors } = await journey.signedInPage(editor, '/articles?q=Bulk%20candidate&status=draft');
    const row = page.getByRole('row', { name: /Bulk candidate one/ });
    await row.getByRole('checkbox', { name: 'Select “Bulk candidate one”' }).check();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publish selected' }).click();
    await page.getByText('1 article changed; none refused.').waitFor();

    await page.getByLabel('Status').selectOption('published');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'published');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Bulk candidate');
    await page.getByRole('row', { name: /Bulk candidate one.*Published/ }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it('asks for the two-factor code when the account has it on, and signs in with it', async () => {
    const secret = await enableTwoFactor(journey.apiUrl, guardedEditor);
    const { page, errors } = await journey.newPage();
    await page.goto(`${journey.url}/sign-in`);
    await page.getByLabel('Email').fill(guardedEditor.email);
    await page.getByLabel('Password').fill(guardedEditor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Two-factor code' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Code').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it('signs out, and a signed-out browser is back at sign-in', async () => {
    const { page } = await journey.signedInPage(author, '/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${journey.url}/articles`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
