import { fileURLToPath } from 'node:url';
import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { type ServerProcess, startServerProcess } from '@kraina/server-kit';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// The public site, built, run as its own process: the editorial app never imports it, it only reads what it shows.
const webServer = fileURLToPath(new URL('../../web/dist/server.js', import.meta.url));
// A one-pixel PNG: the API sniffs and re-encodes it like any photo.
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
// Signing in starts with the app asking for a session it does not have yet; Chromium logs that 401 as an error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401], '/api/v1/auth/session');
// Each step signs in through the page and waits on the real API, which takes a while on a busy machine.
const journeyTimeout = 120_000;

describeInBrowser('an article written and published in the editorial app reaches the public site and its feed', () => {
  let web: ServerProcess;
  // Before the admin app starts, since the admin names the site (PUBLIC_SITE_URL) its previews open on.
  beforeAll(async () => {
    // A one-second API cache and content poll, so the publication shows within the few seconds polled below.
    web = await startServerProcess({ name: 'web', entry: webServer, env: { API_URL: inject('apiUrl'), API_CACHE_SECONDS: '1', CONTENT_POLL_SECONDS: '1', LOG_LEVEL: 'warn' }, health: '/health', readyWithinMs: 60_000 });
  }, journeyTimeout);
  const journey = useAdminJourney({}, () => ({ PUBLIC_SITE_URL: web.url }));
  let author: StaffAccount;
  let editor: StaffAccount;
  let articlePath = '';
  const headline = `Kupalle night on the Sviślač ${Date.now().toString(36)}`;

  beforeAll(async () => {
    [author, editor] = (await createStaff(journey.apiUrl, [
      { name: 'Ales Author', role: 'author' },
      { name: 'Ela Editor', role: 'editor' },
    ])) as [StaffAccount, StaffAccount];
  }, journeyTimeout);

  afterAll(async () => {
    await web?.stop();
  });

  it('has an author write it with a lead image and alt text, see the draft kept by itself after a change, and submit it', async () => {
    const { page, errors } = await journey.signedInPage(author, '/articles/new');
    await page.getByRole('heading', { level: 1, name: 'Create article' }).waitFor();
    await page.getByLabel('Headline').fill(headline);
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type('Wreaths float down the river at midnight.');
    await page.getByLabel('Image file').setInputFiles({ name: 'wreaths.png', mimeType: 'image/png', buffer: onePixelPng });
    await page.getByLabel('Alt text (en)').fill('Wreaths of flowers floating on a dark river');
    await page.getByLabel('Caption (en)').fill('Kupalle night');
    await page.getByLabel('Credit').fill('Kraina photo desk');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('Uploaded wreaths.png', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    articlePath = new URL(page.url()).pathname;

    // A draft is kept by itself a few seconds after a change, without pressing Save.
    await page.getByLabel('Lead').fill('By midnight the river is full of wreaths.');
    await page.getByText('Autosaved at', { exact: false }).waitFor({ timeout: 30_000 });
    const client = await signedInClient(journey.apiUrl, author);
    expect((await client.getStaffArticle({ params: { id: articlePath.split('/').at(-1) ?? '' } })).translations.en?.lead).toBe('By midnight the river is full of wreaths.');

    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Submit for review' }).click();
    await workflow.getByText('Done: the article is now In review.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('shows the editor the draft on the public site through a signed preview, while readers still get 404', async () => {
    const { page, errors } = await journey.signedInPage(editor, articlePath);
    const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Preview' }).click()]);
    await preview.waitForURL((url) => url.origin === new URL(web.url).origin);
    await preview.getByRole('heading', { level: 1, name: headline }).waitFor();
    expect(await preview.getByText('By midnight the river is full of wreaths.').count()).toBeGreaterThan(0);
    // No handle back on the editorial app, and the draft stays out of the site's own pages.
    expect(await preview.evaluate(() => window.opener === null)).toBe(true);
    const client = await signedInClient(journey.apiUrl, editor);
    const draft = await client.getStaffArticle({ params: { id: articlePath.split('/').at(-1) ?? '' } });
    expect((await fetch(`${web.url}/en/news/${draft.section}/${draft.slug}`)).status).toBe(404);
    expect(unexpected(errors)).toEqual([]);
  }, journeyTimeout);

  it('has an editor publish it, after which the web app shows it and its RSS feed lists it', async () => {
    const { page, errors } = await journey.signedInPage(editor, articlePath);
    const workflow = page.getByRole('region', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Publish' }).click();
    // Either outcome ends the wait, so a refusal fails with the API's reason rather than a bare timeout.
    await workflow.getByText(/^Done: /).or(workflow.getByRole('alert').filter({ hasText: /\S/ })).first().waitFor();
    expect(await workflow.getByRole('alert').textContent()).toBe('');
    await workflow.getByText('Done: the article is now Published.').waitFor();
    expect(unexpected(errors)).toEqual([]);

    const client = await signedInClient(journey.apiUrl, editor);
    const article = await client.getStaffArticle({ params: { id: articlePath.split('/').at(-1) ?? '' } });
    const pageUrl = `${web.url}/en/news/${article.section}/${article.slug}`;
    await expect
      .poll(async () => {
        const response = await fetch(pageUrl);
        return response.ok && (await response.text()).includes(headline);
      }, { timeout: 15_000, interval: 500 })
      .toBe(true);

    // The feed is read as XML by the browser's own parser, in a reader's context under the site's own CSP: a feed
    // that does not parse lists nothing.
    const { page: feedPage } = await journey.newPage({ bypassCSP: false });
    await feedPage.goto(`${web.url}/en/`);
    const feedTitles = () =>
      feedPage.evaluate(async () => {
        const text = await (await fetch('/en/feed.xml', { cache: 'no-store' })).text();
        const feed = new DOMParser().parseFromString(text, 'application/xml');
        if (feed.querySelector('parsererror')) return ['(the feed is not well-formed XML)'];
        return Array.from(feed.querySelectorAll('rss > channel > item > title'), (title) => title.textContent ?? '');
      });
    await expect.poll(feedTitles, { timeout: 15_000, interval: 500 }).toContain(headline);
  }, journeyTimeout);
});
