import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// The refusals these journeys provoke on purpose; Chromium logs each non-2xx fetch as a console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [400, 401, 422]);

// A Saturday far enough ahead that its occurrences are all still to come whenever the journey runs.
const firstSaturday = '2030-05-04';
// A journey through a full form on a shared machine takes longer than vitest's default allows.
const journeyTime = 180_000;

describeInBrowser('an editor’s journey through the events screens, against the real API', () => {
  // The editor's browser keeps Berlin's clock, so the form must tell the event's local time from the editor's.
  const journey = useAdminJourney({ timezoneId: 'Europe/Berlin' });
  let editor: StaffAccount;
  let eventPath = '';
  const title = `Jazz evenings at Lida Castle ${Date.now().toString(36)}`;

  beforeAll(async () => {
    [editor] = (await createStaff(journey.apiUrl, [{ name: 'Eva Events', role: 'editor' }])) as [StaffAccount];
  }, journeyTime);

  it('shows a missing title beside its field, then saves a weekly event at a catalogue place and publishes it', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/events/new');
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();

    const titleField = page.getByLabel('Title');
    await expect.poll(() => titleField.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await titleField.getAttribute('aria-describedby')) ?? '';
    expect((await page.locator(`[id="${errorId}"]`).textContent())?.length).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await titleField.fill(title);
    const session = page.getByRole('group', { name: 'Session 1 of 1' });
    await session.getByLabel('Starts (local time at the event)').fill(`${firstSaturday}T19:00`);
    await session.getByLabel('Ends (local time at the event)').fill(`${firstSaturday}T21:00`);
    // The editor's own clock is Berlin's, an hour behind Minsk in May.
    await session.getByText('Offset +03:00; in your zone (Europe/Berlin) that is').first().waitFor();

    await session.getByLabel('How often').selectOption('WEEKLY');
    expect(await session.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
    await session.getByRole('radio', { name: 'On a day' }).check();
    await session.getByLabel('Last day of the series').fill('2030-06-29');
    await session.getByText('Every week: Saturday · until 29 June').waitFor();
    const next = session.getByRole('region', { name: 'Next occurrences' }).getByRole('listitem');
    await expect.poll(() => next.count()).toBe(5);
    expect(await next.first().textContent()).toContain('Saturday, May 4, 2030');
    expect(await next.nth(1).textContent()).toContain('Saturday, May 11, 2030');

    await session.getByLabel('Where').selectOption('site');
    await session.getByLabel('Find a place by name').fill('Lida');
    await session.getByRole('button', { name: /^Choose Lida Castle/ }).click();
    await session.getByText('Chosen: Lida Castle').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    await page.getByText('Every week: Saturday · until 29 June').waitFor();
    expect(await page.getByRole('link', { name: 'History' }).getAttribute('href')).toBe(`${eventPath}/history`);
    expect(await page.getByRole('link', { name: 'Translate' }).getAttribute('href')).toBe(`${eventPath}/translate`);

    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Publish' }).click();
    await workflow.getByText('Done: the event is now Published.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);

    const staff = await signedInClient(journey.apiUrl, editor);
    const saved = await staff.getStaffEvent({ params: { id: eventPath.split('/').at(-1) ?? '' } });
    expect(saved.schedule[0]).toMatchObject({ start: `${firstSaturday}T19:00`, timeZone: 'Europe/Minsk', rrule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20300629', venue: { type: 'site' } });
    const published = await fetch(`${journey.apiUrl}/api/v1/events/${saved.slug}`);
    expect(published.status).toBe(200);
    expect(JSON.stringify(await published.json())).toContain(title);
  }, journeyTime);

  it('keeps the list’s filters in its address and finds the event by category and title', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Search titles').fill('Jazz evenings');
    await filters.getByLabel('Category').selectOption('concert');
    await filters.getByLabel('Status').selectOption('published');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('category') === 'concert' && url.searchParams.get('status') === 'published' && url.searchParams.get('q') === 'Jazz evenings');
    await page.getByRole('link', { name: title }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('link', { name: title }).waitFor();
    expect(await page.getByRole('form', { name: 'Filters' }).getByLabel('Category').inputValue()).toBe('concert');
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`**${eventPath}`);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('keeps an author’s draft event by itself after a change, lets them submit it for review, and offers them nothing more', async () => {
    const [author] = (await createStaff(journey.apiUrl, [{ name: 'Arina Author', role: 'author' }])) as [StaffAccount];
    const asAuthor = await signedInClient(journey.apiUrl, author);
    const description = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Songs of Polesie.' }] }] };
    const schedule = [{ start: '2030-07-06T18:00', end: '2030-07-06T20:00', timeZone: 'Europe/Minsk', city: { en: 'Pinsk' }, region: 'brest' }];
    const own = await asAuthor.createEvent({ body: { category: 'concert', schedule, translations: { en: { title: `Folk evening ${Date.now().toString(36)}`, description } } } });

    const { page, errors } = await journey.signedInPage(author, `/events/${own.id}`);
    // A draft keeps itself a few seconds after a change, without Save, and the form is not rebuilt under the writer.
    const title = page.getByLabel('Title');
    await title.fill(`${own.translations.en?.title ?? ''} in Pinsk`);
    await page.getByText('Autosaved at', { exact: false }).waitFor({ timeout: 30_000 });
    expect((await asAuthor.getStaffEvent({ params: { id: own.id } })).translations.en?.title).toBe(`${own.translations.en?.title ?? ''} in Pinsk`);
    expect(await title.evaluate((input) => input === document.activeElement)).toBe(true);

    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Submit for review' }).click();
    await workflow.getByText('Status: In review').waitFor();
    expect(await workflow.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect((await asAuthor.getStaffEvent({ params: { id: own.id } })).status).toBe('in-review');
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);

  it('narrows the list to the events taking place within a range of days', async () => {
    const { page, errors } = await journey.signedInPage(editor, `/events?q=${encodeURIComponent('Jazz evenings')}`);
    const filters = page.getByRole('form', { name: 'Filters' });
    await page.getByRole('link', { name: title }).waitFor();
    // Its Saturdays run from 4 May to 29 June 2030: July has none of them, June has four.
    await filters.getByLabel('Taking place from').fill('2030-07-01');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2030-07-01');
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(0);

    await filters.getByLabel('Taking place from').fill('2030-06-01');
    await filters.getByLabel('Taking place until').fill('2030-06-30');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2030-06-01' && url.searchParams.get('to') === '2030-06-30');
    await page.getByRole('link', { name: title }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTime);
});
