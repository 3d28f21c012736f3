import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// Chromium logs each refused fetch as a console error; the only refusal expected is the session check before sign-in.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401]);
// The journeys run on a shared machine against a real API; each takes a few page loads and saves.
const journeyTimeout = 120_000;
const paragraphs = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })) });

describeInBrowser('translating an article side by side, then reading and restoring its history, against the real API', () => {
  // A step that cannot happen fails with its locator named, well before the journey's own time runs out.
  const journey = useAdminJourney({ stepTimeoutMs: 20_000 });
  let translator: StaffAccount;
  let editor: StaffAccount;
  let articleId = '';

  beforeAll(async () => {
    // createStaff gives a translator the locale ru, and no other.
    [translator, editor] = (await createStaff(journey.apiUrl, [
      { name: 'Taisa Translator', role: 'translator' },
      { name: 'Edvard Editor', role: 'editor' },
    ])) as [StaffAccount, StaffAccount];
    const client = await signedInClient(journey.apiUrl, editor);
    const section = (await client.listSections()).items[0]?.slug ?? '';
    const article = await client.createArticle({ body: { section, translations: { en: { headline: 'Storks return to Polesie', body: paragraphs('The first storks were seen near Pinsk.') } } } });
    articleId = article.id;
  });

  it('has a translator write the Russian text beside the English one, save it and mark it translated', async () => {
    const { page, errors } = await journey.signedInPage(translator, `/articles/${articleId}/translate?from=en&to=be`);
    await page.getByRole('heading', { level: 1, name: 'Translate' }).waitFor();
    // Asked for Belarusian, which is not theirs: told so, and offered only Russian.
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'not assigned to translate into Belarusian' }).count()).toBe(1);
    expect(await page.getByLabel('Translate into').locator('option').allTextContents()).toEqual(['Russian']);
    expect(await page.getByText('Storks return to Polesie').count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Headline in Russian').fill('Аисты вернулись в Полесье');
    await page.getByRole('textbox', { name: 'Body in Russian' }).click();
    await page.keyboard.type('Первых аистов заметили под Пинском.');
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.getByRole('status').filter({ hasText: 'Translation saved' }).waitFor();

    const client = await signedInClient(journey.apiUrl, editor);
    const saved = await client.getStaffArticle({ params: { id: articleId } });
    expect(saved.translations.ru?.headline).toBe('Аисты вернулись в Полесье');
    expect(saved.translations.en?.headline).toBe('Storks return to Polesie');

    await page.getByRole('button', { name: 'Mark Russian as translated' }).click();
    await page.getByRole('status').filter({ hasText: 'marked up to date' }).waitFor();
    // A translator cannot publish: the button is not offered.
    expect(await page.getByRole('button', { name: 'Publish Russian' }).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('marks the Russian headline out of date once an editor changes the English one, showing how it changed', async () => {
    const client = await signedInClient(journey.apiUrl, editor);
    const current = await client.getStaffArticle({ params: { id: articleId } });
    const en = current.translations.en;
    await client.updateArticle({ params: { id: articleId }, body: { translations: { en: { headline: 'Storks return early to Polesie', body: en?.body ?? paragraphs() } } }, ifMatch: current.version });

    const { page, errors } = await journey.signedInPage(translator, `/articles/${articleId}/translate?from=en&to=ru`);
    const headline = page.getByRole('heading', { level: 2, name: 'Headline (out of date)' });
    await headline.waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Body (out of date)' }).count()).toBe(0);
    const notice = page.locator('section', { has: headline }).locator('.notice');
    await expect.poll(() => notice.textContent()).toContain('Now: Storks return early to Polesie');
    expect(await notice.textContent()).toContain('Was: Storks return to Polesie');
    expect(await page.getByRole('row', { name: /Russian/ }).textContent()).toContain('1 field out of date');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('has an editor compare two versions, see the headline change, and restore the earlier one', async () => {
    const { page, errors } = await journey.signedInPage(editor, `/articles/${articleId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Revision history' }).waitFor();
    const client = await signedInClient(journey.apiUrl, editor);
    const history = await client.listArticleRevisions({ params: { id: articleId }, query: { limit: 50 } });
    const [newest, beforeNewest] = history.items as [(typeof history.items)[0], (typeof history.items)[0]];
    expect(await page.getByRole('row').filter({ hasText: 'Edvard Editor' }).count()).toBeGreaterThan(0);

    await page.getByRole('radio', { name: `Compare from version ${beforeNewest.version}` }).check();
    await page.getByRole('radio', { name: `Compare to version ${newest.version}` }).check();
    const diff = page.getByRole('region', { name: `Changes from version ${beforeNewest.version} to version ${newest.version}` });
    const row = diff.getByRole('row', { name: /Headline/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Storks return to Polesie');
    expect(await row.textContent()).toContain('Storks return early to Polesie');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `View version ${beforeNewest.version}` }).click();
    const view = page.getByRole('region', { name: new RegExp(`^Version ${beforeNewest.version}, saved`) });
    await expect.poll(() => view.textContent()).toContain('Аисты вернулись в Полесье');

    await page.getByRole('button', { name: `Restore version ${beforeNewest.version}` }).click();
    const dialog = page.getByRole('dialog', { name: `Restore version ${beforeNewest.version}?` });
    await dialog.waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/articles/${articleId}`);

    const restored = await client.getStaffArticle({ params: { id: articleId } });
    expect(restored.translations.en?.headline).toBe('Storks return to Polesie');
    expect(restored.translations.ru?.headline).toBe('Аисты вернулись в Полесье');
    expect(restored.version).toBeGreaterThan(newest.version);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);
});

describeInBrowser('translating a place and restoring an event’s earlier version, against the real API', () => {
  const journey = useAdminJourney({ stepTimeoutMs: 20_000 });
  let translator: StaffAccount;
  let editor: StaffAccount;
  let placeId = '';
  let eventId = '';

  beforeAll(async () => {
    [translator, editor] = (await createStaff(journey.apiUrl, [
      { name: 'Tomas Translator', role: 'translator' },
      { name: 'Eliza Editor', role: 'editor' },
    ])) as [StaffAccount, StaffAccount];
    const client = await signedInClient(journey.apiUrl, editor);
    const place = await client.createSite({
      body: { kind: 'museum', region: 'hrodna-region', coordinates: { lat: 53.45, lng: 26.47 }, translations: { en: { name: 'Mir Castle museum', description: paragraphs('Halls of the castle, open all year.') } } },
    });
    placeId = place.id;
    const schedule = [{ start: '2036-06-10T19:00', end: '2036-06-10T21:00', timeZone: 'Europe/Minsk', city: { en: 'Minsk' }, region: 'minsk' }];
    const created = await client.createEvent({ body: { category: 'concert', schedule, translations: { en: { title: 'Organ night', description: paragraphs('Bach in the Red Church.') } } } });
    const renamed = await client.updateEvent({ params: { id: created.id }, body: { translations: { en: { title: 'Organ night at the Red Church', description: paragraphs('Bach in the Red Church.') } } }, ifMatch: created.version });
    eventId = renamed.id;
  });

  it('has a translator write a place’s Russian name and description beside the English, keeping its kind', async () => {
    const { page, errors } = await journey.signedInPage(translator, `/places/${placeId}/translate?from=en&to=ru`);
    await page.getByRole('heading', { level: 1, name: 'Translate' }).waitFor();
    expect(await page.getByText('Mir Castle museum').count()).toBeGreaterThan(0);
    await page.getByLabel('Name in Russian').fill('Музей «Мирский замок»');
    await page.getByRole('textbox', { name: 'Description in Russian' }).click();
    await page.keyboard.type('Залы замка открыты круглый год.');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.getByRole('status').filter({ hasText: 'Translation saved' }).waitFor();

    const saved = await (await signedInClient(journey.apiUrl, editor)).getStaffSite({ params: { id: placeId } });
    expect(saved).toMatchObject({ kind: 'museum', translations: { ru: { name: 'Музей «Мирский замок»' }, en: { name: 'Mir Castle museum' } } });
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('has an editor see an event’s title change between two versions and restore the earlier one', async () => {
    const { page, errors } = await journey.signedInPage(editor, `/events/${eventId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Revision history' }).waitFor();
    const client = await signedInClient(journey.apiUrl, editor);
    const history = await client.listEventRevisions({ params: { id: eventId }, query: { limit: 50 } });
    const [newest, beforeNewest] = history.items as [(typeof history.items)[0], (typeof history.items)[0]];
    await page.getByRole('radio', { name: `Compare from version ${beforeNewest.version}` }).check();
    await page.getByRole('radio', { name: `Compare to version ${newest.version}` }).check();
    const row = page.getByRole('region', { name: `Changes from version ${beforeNewest.version} to version ${newest.version}` }).getByRole('row', { name: /Title/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Organ night at the Red Church');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Restore version ${beforeNewest.version}` }).click();
    await page.getByRole('dialog', { name: `Restore version ${beforeNewest.version}?` }).getByRole('button', { name: 'Restore', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/events/${eventId}`);
    const restored = await client.getStaffEvent({ params: { id: eventId } });
    expect(restored.translations.en?.title).toBe('Organ night');
    expect(restored.version).toBeGreaterThan(newest.version);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);
});
