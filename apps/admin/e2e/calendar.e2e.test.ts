import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// The refusals these journeys provoke on purpose; Chromium logs each non-2xx fetch as a console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401, 412]);

// Next month, so every day used below is in the future wherever in the month the journey runs.
const month = Temporal.Now.plainDateISO().toPlainYearMonth().add({ months: 1 });
const day = (n: number) => month.toPlainDate({ day: n }).toString();
const monthParam = month.toString();
// Each step signs in through the page and waits on the real API, which takes a while on a busy machine.
const journeyTimeout = 90_000;

describeInBrowser('the editorial calendar, against the real API', () => {
  const journey = useAdminJourney();
  let editor: StaffAccount;
  let articleId = '';
  let client: Awaited<ReturnType<typeof signedInClient>>;
  const headline = `Calendar premiere ${Date.now().toString(36)}`;
  // Every step is the one editor's, who owns the article scheduled below.
  const signedInPage = (path: string) => journey.signedInPage(editor, path);

  const cell = (page: Page, date: string) => page.locator(`td[data-day="${date}"]`);
  const entry = (page: Page, date: string) => cell(page, date).getByRole('listitem').filter({ hasText: headline });
  // A real mouse drag: Chromium starts an HTML drag only after the pointer moves with the button down, and delivers
  // the drop where it is released, so the pointer passes over the target before letting go (a bare dragTo lands
  // its drop back on the source day).
  async function dragToDay(page: Page, from: string, to: string) {
    await entry(page, from).hover({ position: { x: 4, y: 4 } });
    await page.mouse.down();
    await cell(page, to).hover({ position: { x: 10, y: 10 } });
    await cell(page, to).hover();
    await page.mouse.up();
  }

  beforeAll(async () => {
    [editor] = (await createStaff(journey.apiUrl, [{ name: 'Cal Editor', role: 'editor' }])) as [StaffAccount];
    client = await signedInClient(journey.apiUrl, editor);
    const section = (await client.listSections()).items[0]?.slug ?? '';
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Curtain up.' }] }] };
    const article = await client.createArticle({ body: { section, translations: { en: { headline, body } } } });
    articleId = article.id;
    const { timeZone } = await client.getEditorialCalendar({ query: { from: day(1), to: day(1) } });
    // 09:15 on the 10th in the portal's zone, so the time of day a move must keep is a plain one to check.
    const publishAt = Temporal.PlainDate.from(day(10)).toZonedDateTime({ timeZone, plainTime: '09:15' }).toInstant().toString();
    await client.changeArticleWorkflow({ params: { id: articleId }, body: { action: 'schedule', publishAt }, ifMatch: article.version });
  });

  it('shows a scheduled article on its day, linking to its editor, with the month in the address', async () => {
    const { page, errors } = await signedInPage(`/calendar?month=${monthParam}`);
    await page.getByRole('heading', { level: 1, name: 'Editorial calendar' }).waitFor();
    const link = entry(page, day(10)).getByRole('link', { name: headline });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/articles/${articleId}`);
    expect(await entry(page, day(10)).textContent()).toContain('9:15');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Next month' }).click();
    await page.waitForURL((url) => url.searchParams.get('month') === month.add({ months: 1 }).toString());
    await expect.poll(() => page.getByRole('link', { name: headline }).count()).toBe(0);
    await page.getByRole('link', { name: 'Previous month' }).click();
    await entry(page, day(10)).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('reschedules by dragging to another day, keeping the time of day, and the move outlasts a reload', async () => {
    const { page, errors } = await signedInPage(`/calendar?month=${monthParam}`);
    await entry(page, day(10)).waitFor();
    await dragToDay(page, day(10), day(17));
    await page.getByText(`“${headline}” now publishes on`).waitFor();
    await page.reload();
    await entry(page, day(17)).waitFor();
    expect(await entry(page, day(10)).count()).toBe(0);
    expect(await entry(page, day(17)).textContent()).toContain('9:15');
    const moved = await client.getStaffArticle({ params: { id: articleId } });
    expect(moved.status).toBe('scheduled');
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('moves from the keyboard with “Move to…”, the same move without a mouse', async () => {
    const { page, errors } = await signedInPage(`/calendar?month=${monthParam}`);
    await entry(page, day(17)).getByRole('button', { name: 'Move to…' }).focus();
    await page.keyboard.press('Enter');
    const dayInput = page.getByLabel(`New day for “${headline}”`);
    expect(await dayInput.evaluate((input) => input === document.activeElement)).toBe(true);
    await dayInput.fill(day(20));
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByText(`“${headline}” now publishes on`).waitFor();
    await page.reload();
    await entry(page, day(20)).waitFor();
    expect(await entry(page, day(17)).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('puts the item back and says why when someone changed it since the calendar was loaded', async () => {
    const { page, errors } = await signedInPage(`/calendar?month=${monthParam}`);
    await entry(page, day(20)).waitFor();
    // Someone else moves it meanwhile: the page still holds the version before that.
    const current = await client.getStaffArticle({ params: { id: articleId } });
    const unscheduled = await client.changeArticleWorkflow({ params: { id: articleId }, body: { action: 'unschedule' }, ifMatch: current.version });
    await client.changeArticleWorkflow({ params: { id: articleId }, body: { action: 'schedule', publishAt: current.publishAt ?? '' }, ifMatch: unscheduled.version });

    await dragToDay(page, day(20), day(24));
    await page.getByRole('alert').filter({ hasText: `“${headline}” was not moved:` }).waitFor();
    await entry(page, day(20)).waitFor();
    expect(await entry(page, day(24)).count()).toBe(0);
    expect(errors.some((error) => /status of 412 /.test(error))).toBe(true);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('sets a take-down time on a live article in its editor, shows it in the calendar, moves it, and cancels it', async () => {
    const live = `Calendar offer ${Date.now().toString(36)}`;
    const section = (await client.listSections()).items[0]?.slug ?? '';
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Until the twelfth.' }] }] };
    const draft = await client.createArticle({ body: { section, translations: { en: { headline: live, body } } } });
    await client.changeArticleWorkflow({ params: { id: draft.id }, body: { action: 'publish' }, ifMatch: draft.version });
    const liveEntry = (page: Page, date: string) => cell(page, date).getByRole('listitem').filter({ hasText: live });

    const editor = await signedInPage(`/articles/${draft.id}`);
    await editor.page.getByLabel('Take down at (optional)').fill(`${day(12)}T12:00`);
    await editor.page.getByRole('button', { name: 'Set the take-down time' }).click();
    await editor.page.getByText('Comes down by itself at').waitFor();
    expect(await findAccessibilityViolations(editor.page)).toEqual([]);
    expect(unexpected(editor.errors)).toEqual([]);

    const { page, errors } = await signedInPage(`/calendar?month=${monthParam}`);
    await liveEntry(page, day(12)).waitFor();
    expect(await liveEntry(page, day(12)).textContent()).toContain('Comes down');
    await liveEntry(page, day(12)).getByRole('button', { name: 'Move to…' }).click();
    await page.getByLabel(`New day for “${live}”`).fill(day(14));
    await page.keyboard.press('Enter');
    await page.getByText(`“${live}” now comes down on`).waitFor();
    const moved = await client.getStaffArticle({ params: { id: draft.id } });
    expect(moved).toMatchObject({ status: 'published', translations: { en: { status: 'published' } } });
    expect(Temporal.Instant.from(moved.unpublishAt ?? '').toZonedDateTimeISO('UTC').toPlainDate().toString()).toBe(day(14));
    expect(unexpected(errors)).toEqual([]);

    const again = await signedInPage(`/articles/${draft.id}`);
    await again.page.getByRole('button', { name: 'Keep it published' }).click();
    await expect.poll(() => again.page.getByText('Comes down by itself at').count()).toBe(0);
    expect(await client.getStaffArticle({ params: { id: draft.id } })).toMatchObject({ status: 'published', unpublishAt: null });
    expect(unexpected(again.errors)).toEqual([]);
  }, journeyTimeout);
});
