import { crc32, deflateSync } from 'node:zlib';
import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';
import { totpCode } from './support/totp-code.js';

/** A PNG of one colour, big enough to click a focal point on; the API sniffs and re-encodes it like any photo. */
function solidPng(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

// The refusals these journeys provoke on purpose, at whatever address (''); Chromium logs each non-2xx request as a
// console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401, 409, 422], '');
const run = Date.now().toString(36);
// Each journey signs in through the page, often more than once, on a machine that may be busy.
const journeyTimeout = 120_000;

describeInBrowser('the media library, sections and one’s own account, against the real API', () => {
  const journey = useAdminJourney();
  let editor: StaffAccount;
  let author: StaffAccount;
  let secret = '';
  let recoveryCode = '';
  const castle = `mir-castle-${run}.png`;
  const square = `minsk-square-${run}.png`;

  /** Signs in through the page with a two-factor code made for `at`: each sign-in spends a later 30-second step. */
  async function signInWithCode(account: StaffAccount, at: Date): Promise<{ page: Page; errors: string[] }> {
    const opened = await journey.newPage();
    await opened.page.goto(`${journey.url}/media`);
    await opened.page.waitForURL((url) => url.pathname === '/sign-in');
    await opened.page.getByLabel('Email').fill(account.email);
    await opened.page.getByLabel('Password').fill(account.password);
    await opened.page.getByRole('button', { name: 'Sign in' }).click();
    await opened.page.getByLabel('Code').fill(totpCode(secret, at));
    await opened.page.getByRole('button', { name: 'Continue' }).click();
    await opened.page.getByRole('heading', { level: 1, name: 'Media library' }).waitFor();
    return opened;
  }

  beforeAll(async () => {
    [editor, author] = (await createStaff(journey.apiUrl, [
      { name: 'Maryia Editor', role: 'editor' },
      { name: 'Pavel Author', role: 'author' },
    ])) as [StaffAccount, StaffAccount];
  });

  it('uploads images dropped on the library and chosen with the file input, each with its own progress and outcome', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/media');
    await page.getByRole('heading', { level: 1, name: 'Media library' }).waitFor();
    const dropped = [
      { name: castle, base64: solidPng(320, 200, [40, 90, 60]).toString('base64') },
      { name: square, base64: solidPng(240, 160, [200, 60, 40]).toString('base64') },
    ];
    await page.locator('.upload-zone__target').evaluate((zone, files) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: 'image/png' }));
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, dropped);

    await page.getByLabel('Files to upload').setInputFiles([
      { name: `opera-${run}.png`, mimeType: 'image/png', buffer: solidPng(64, 48, [10, 10, 120]) },
      { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('these are not the bytes of an image') },
    ]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    for (const name of [castle, square, `opera-${run}.png`]) {
      await uploads.getByRole('listitem').filter({ hasText: name }).getByText('Uploaded.').waitFor();
      expect(await page.getByLabel(name, { exact: true }).evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);
    }
    const refused = uploads.getByRole('listitem').filter({ hasText: 'notes.png' });
    await refused.getByText(/^Refused: This file cannot be uploaded/).waitFor();

    const card = page.getByRole('listitem').filter({ hasText: castle });
    await card.getByText('No alt text: en, ru, be').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('describes an image in English and Russian and sets its focal point by click and by keyboard', async () => {
    const { page, errors } = await journey.signedInPage(editor, `/media?q=${encodeURIComponent(castle)}`);
    await page.getByRole('button', { name: `Open ${castle}` }).click();
    await page.waitForURL((url) => url.searchParams.has('item'));
    const panel = page.getByRole('region', { name: castle });
    await panel.getByLabel('Alt text (en)').fill('Mir Castle’s towers above the pond');
    await panel.getByLabel('Alt text (ru)').fill('Башни Мирского замка над прудом');
    await panel.getByLabel('Caption (en)').fill('Mir Castle in June');
    await panel.getByLabel('Credit').fill('Kraina photo desk');

    const image = panel.locator('.focal-point__image');
    const box = await image.boundingBox();
    if (!box) throw new Error('The focal point image has no box');
    await image.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
    expect(await panel.getByLabel('Across (0 = left, 1 = right)').inputValue()).toBe('0.25');
    expect(await panel.getByLabel('Down (0 = top, 1 = bottom)').inputValue()).toBe('0.75');
    await panel.getByLabel('Down (0 = top, 1 = bottom)').fill('0.6');
    const marker = await panel.locator('.focal-point__marker').evaluate((element) => (element as HTMLElement).style.top);
    expect(marker).toBe('60%');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Save details' }).click();
    await panel.getByText(`Saved the details of ${castle}.`).waitFor();
    const staff = await signedInClient(journey.apiUrl, editor);
    const [saved] = (await staff.listMedia({ query: { q: castle } })).items;
    expect(saved).toMatchObject({ alt: { en: 'Mir Castle’s towers above the pond', ru: 'Башни Мирского замка над прудом' }, focalPoint: { x: 0.25, y: 0.6 }, credit: 'Kraina photo desk' });
    await page.getByRole('listitem').filter({ hasText: castle }).getByText('No alt text: be').waitFor();

    await page.getByLabel('Only images missing alt text').check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.searchParams.get('alt') === 'missing');
    await page.getByRole('button', { name: `Open ${castle}` }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('chooses a library image as an article’s lead image, warns of its missing alt text, and keeps it from deletion', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/articles/new');
    await page.getByLabel('Headline').fill(`Summer at Mir ${run}`);
    await page.getByRole('button', { name: 'Choose from library' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose from the media library' });
    await picker.getByLabel('Search file names and alt text').fill(castle);
    await picker.getByRole('button', { name: 'Search' }).click();
    await picker.getByRole('button', { name: `Choose ${castle}` }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: `Choose ${castle}` }).click();
    await picker.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose from library');
    await page.getByText(`Current: ${castle} (Mir Castle’s towers above the pond)`).waitFor();
    await page.getByText('This image has no alt text in be;', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/articles/new');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.getByText(`Current: ${castle} (Mir Castle’s towers above the pond)`).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Add alt text in the media library' }).click();
    const panel = page.getByRole('region', { name: castle });
    await panel.getByRole('button', { name: 'Delete' }).click();
    await panel.getByRole('button', { name: 'Yes, delete it' }).click();
    await panel.getByText(/^Not deleted: .* is in use by article ".*" \(lead image\)/).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // An image with no alt text at all: the field says so before publishing, and the API's refusal names it.
    await page.goBack();
    await page.getByRole('button', { name: 'Choose from library' }).click();
    await picker.getByLabel('Search file names and alt text').fill(square);
    await picker.getByRole('button', { name: 'Search' }).click();
    await picker.getByRole('button', { name: `Choose ${square}` }).click();
    await page.getByText('This image has no alt text in en, ru, be;', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved at/).waitFor();
    await page.getByRole('region', { name: 'Workflow' }).getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('region', { name: 'Workflow' }).getByText('This image needs alt text in "en" before this locale is published', { exact: false }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('creates a section under another, renames it in Russian, and is told why a section that holds one is kept', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/sections');
    await page.getByRole('heading', { level: 1, name: 'Sections' }).waitFor();
    const form = page.getByRole('region', { name: 'New section' });
    await form.getByLabel('Slug (its address, e.g. business-news)').fill(`regions-${run}`);
    await form.getByLabel('Name (en)').fill(`Regions ${run}`);
    await form.getByRole('button', { name: 'Create section' }).click();
    await page.getByText(`Saved section Regions ${run}.`).waitFor();

    await form.getByLabel('Slug (its address, e.g. business-news)').fill(`brest-${run}`);
    await form.getByLabel('Name (en)').fill(`Brest ${run}`);
    await form.getByLabel('Inside').selectOption(`regions-${run}`);
    await form.getByRole('button', { name: 'Create section' }).click();
    await page.getByText(`Saved section Brest ${run}.`).waitFor();
    const parent = page.getByRole('listitem').filter({ has: page.getByText(`Regions ${run}`, { exact: true }) });
    await parent.getByRole('list').getByText(`Brest ${run}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: `Edit Brest ${run}` }).click();
    await parent.getByLabel('Name (ru)').fill(`Брест ${run}`);
    await parent.getByRole('button', { name: 'Save section' }).click();
    await parent.getByLabel('Name (ru)').waitFor({ state: 'detached' });
    const staff = await signedInClient(journey.apiUrl, editor);
    const regions = (await staff.listSections()).items.find((section) => section.slug === `regions-${run}`);
    expect(regions?.children.map((child) => child.name)).toEqual([{ en: `Brest ${run}`, ru: `Брест ${run}` }]);

    await page.getByRole('button', { name: `Delete Regions ${run}` }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText(/^Not deleted: .*still holds sub-sections or articles/).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('sets up two-factor sign-in from the QR code’s secret and shows the recovery codes once', async () => {
    const { page, errors } = await journey.signedInPage(author, '/account');
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const qr = page.getByRole('img', { name: 'QR code holding your two-factor secret, for an authenticator app' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3C/);
    await expect.poll(() => qr.evaluate((image) => (image as HTMLImageElement).naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
    secret = ((await page.locator('.two-factor-setup__secret').textContent()) ?? '').replaceAll(' ', '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The previous step's code, so the current one is still unspent for the sign-ins that follow.
    await page.getByLabel('Code the app shows now (6 digits)').fill(totpCode(secret, new Date(Date.now() - 30_000)));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    recoveryCode = (await codes.getByRole('listitem').first().textContent()) ?? '';
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your recovery codes');
    expect(await page.getByRole('link', { name: 'Save as a text file' }).getAttribute('download')).toBe('kraina-recovery-codes.txt');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByLabel('Code from your app, or a recovery code').waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('signs another browser’s session out, one at a time and everywhere else, and sends that browser to sign-in', async () => {
    const first = await signInWithCode(author, new Date());
    const second = await signInWithCode(author, new Date(Date.now() + 30_000));
    await first.page.goto(`${journey.url}/account`);
    const sessions = first.page.getByRole('region', { name: 'Where you are signed in' });
    await sessions.getByRole('cell', { name: 'This session' }).waitFor();
    // The author's first session (from set-up) and the second browser's are both still open.
    const others = sessions.getByRole('button', { name: /^Sign out Chrome · Linux, signed in / });
    await expect.poll(() => others.count(), { timeout: 20_000 }).toBe(2);
    expect(await findAccessibilityViolations(first.page)).toEqual([]);

    await others.first().click();
    await sessions.getByText('1 session signed out.').waitFor();
    await sessions.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await sessions.getByText('1 session signed out.').waitFor();
    await expect.poll(() => others.count(), { timeout: 20_000 }).toBe(0);

    await second.page.reload();
    await second.page.waitForURL((url) => url.pathname === '/sign-in');

    // Turned off again with the password and a recovery code, as one would after losing the phone.
    const twoFactor = first.page.getByRole('region', { name: 'Two-factor sign-in' });
    await twoFactor.getByLabel('Password').fill(author.password);
    await twoFactor.getByLabel('Code from your app, or a recovery code').fill(recoveryCode);
    await twoFactor.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await twoFactor.getByRole('button', { name: 'Set up two-factor sign-in' }).waitFor();
    expect(unexpected(first.errors)).toEqual([]);
  }, journeyTimeout);

  it('changes a password, showing core’s rule and the API’s refusal beside their fields', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/account');
    const panel = page.getByRole('region', { name: 'Password' });
    await panel.getByLabel('Current password').fill('not the password at all');
    await panel.getByLabel('New password').fill('too short');
    await panel.getByRole('button', { name: 'Change password' }).click();
    const newPassword = panel.getByLabel('New password');
    await expect.poll(() => newPassword.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`[id="${(await newPassword.getAttribute('aria-describedby')) ?? ''}"]`).textContent()).toBe('Must be at least 12 characters');

    await newPassword.fill(`a new journey password ${run}`);
    await panel.getByRole('button', { name: 'Change password' }).click();
    await panel.getByText('The API refused: The password is not right').waitFor();
    const current = panel.getByLabel('Current password');
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`[id="${(await current.getAttribute('aria-describedby')) ?? ''}"]`).textContent()).toBe('Not your current password');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await current.fill(editor.password);
    await panel.getByRole('button', { name: 'Change password' }).click();
    await panel.getByText('Password changed; your other sessions were signed out.').waitFor();
    const sessions = page.getByRole('region', { name: 'Where you are signed in' });
    await expect.poll(() => sessions.getByRole('row').count(), { timeout: 20_000 }).toBe(2);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);
});
