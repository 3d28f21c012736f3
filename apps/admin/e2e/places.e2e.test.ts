import { describeInBrowser, findAccessibilityViolations } from '@kraina/browser-testing';
import { beforeAll, expect, it } from 'vitest';
import { unexpectedErrors, useAdminJourney } from './support/admin-journey.js';
import { type StaffAccount, createStaff, signedInClient } from './support/staff-accounts.js';

// The refusals a journey may provoke; Chromium logs each non-2xx fetch as a console error.
const unexpected = (errors: string[]) => unexpectedErrors(errors, [401, 403, 412]);

describeInBrowser('an editor catalogues a UNESCO site in the editorial app, against the real API', () => {
  // No MAP_TILE_URL: the machine has no internet, and the map must work on its plain background anyway.
  const journey = useAdminJourney();
  let editor: StaffAccount;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    [editor] = (await createStaff(journey.apiUrl, [{ name: 'Pavel Places', role: 'editor' }])) as [StaffAccount];
  });

  it('lists the demo places, filtered by kind from the address', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/places?kind=museum');
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    await page.getByRole('table').waitFor();
    const kinds = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Museum']));
    expect(await page.getByLabel('Kind').inputValue()).toBe('museum');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('creates a UNESCO site: kind fields switch, a bad year is refused beside its field, the map and the boxes agree, and it publishes', async () => {
    const { page, errors } = await journey.signedInPage(editor, '/places/new');
    await page.getByRole('heading', { level: 1, name: 'Create place' }).waitFor();

    const kind = page.getByLabel('Kind', { exact: true });
    await kind.selectOption('unesco-heritage');
    const year = page.getByLabel('Year of inscription');
    await year.waitFor();
    expect(await page.getByRole('group', { name: 'Treatment profiles' }).count()).toBe(0);
    await kind.selectOption('sanatorium');
    await page.getByRole('group', { name: 'Treatment profiles' }).waitFor();
    expect(await page.getByLabel('Year of inscription').count()).toBe(0);
    await kind.selectOption('unesco-heritage');

    await page.getByLabel('Name', { exact: true }).fill(`Mir Castle Complex ${run}`);
    await page.getByRole('textbox', { name: 'Description' }).click();
    await page.keyboard.type('A castle of the 16th century, with a palace and a park.');
    await page.getByLabel('Address (slug)').fill(`mir-castle-${run}`);
    await page.getByLabel('Year of inscription').fill('1900');
    await page.getByLabel('Reference number').fill('625');
    await page.getByRole('group', { name: 'Selection criteria' }).getByLabel('ii', { exact: true }).check();
    await page.getByRole('group', { name: 'Selection criteria' }).getByLabel('iv', { exact: true }).check();
    await page.getByLabel('Heritage category').selectOption('cultural');

    await page.getByLabel('Latitude').fill('53.2225');
    await page.getByLabel('Longitude').fill('26.6917');
    const marker = page.locator('.leaflet-marker-icon');
    await marker.waitFor();

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByLabel('Year of inscription').getAttribute('aria-invalid')).toBe('true');
    const errorId = (await page.getByLabel('Year of inscription').getAttribute('aria-describedby')) ?? '';
    expect((await page.locator(`[id="${errorId}"]`).textContent())?.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/places/new');
    await page.getByLabel('Year of inscription').fill('2000');

    // A click beside the marker moves it there and writes the point into both boxes; at the country-wide zoom a pixel
    // is over a kilometre, so the latitude is compared loosely.
    const before = await marker.boundingBox();
    if (!before) throw new Error('The marker is not on the map');
    const map = page.getByRole('region', { name: 'Map of the place: click to move the marker' });
    const box = await map.boundingBox();
    if (!box) throw new Error('The map is not on the page');
    await map.click({ position: { x: before.x - box.x + before.width / 2 - 80, y: before.y - box.y + before.height - 2 } });
    await expect.poll(async () => Number(await page.getByLabel('Longitude').inputValue())).toBeLessThan(26.6917);
    const lat = Number(await page.getByLabel('Latitude').inputValue());
    const lng = Number(await page.getByLabel('Longitude').inputValue());
    expect(Math.abs(lat - 53.2225)).toBeLessThan(0.1);
    await expect.poll(async () => ((await marker.boundingBox())?.x ?? 0) - before.x).toBeLessThan(-70);
    await page.getByText('No map background is configured').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit place' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/places\/[0-9a-f-]{36}$/);
    expect(await page.getByLabel('Longitude').inputValue()).toBe(String(lng));
    await page.getByRole('link', { name: 'History' }).waitFor();
    await page.getByRole('link', { name: 'Translate' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Status: Published').waitFor();

    const response = await fetch(`${journey.apiUrl}/api/v1/sites/mir-castle-${run}`);
    expect(response.status).toBe(200);
    const site = (await response.json()) as { kind: string; inscriptionYear: number; criteria: string[]; coordinates: { lat: number; lng: number } };
    expect(site).toMatchObject({ kind: 'unesco-heritage', inscriptionYear: 2000, criteria: ['ii', 'iv'], coordinates: { lat, lng } });
    expect(unexpected(errors)).toEqual([]);
  });

  it('tells an editor whose save came second who saved first, shows both, and reloads theirs on request', async () => {
    const client = await signedInClient(journey.apiUrl, editor);
    const place = await client.createSite({
      body: { kind: 'tourist-site', region: 'minsk-region', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: `Trinity Hill ${run}`, description: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old town.' }] }] } } } },
    });
    const { page, errors } = await journey.signedInPage(editor, `/places/${place.id}`);
    const name = page.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe(`Trinity Hill ${run}`);
    // Someone else saves while the form is open.
    await client.updateSite({ params: { id: place.id }, body: { kind: 'tourist-site', translations: { en: { name: `Trinity Suburb ${run}`, description: place.translations.en?.description ?? { type: 'doc', content: [] } } } }, ifMatch: place.version });

    await name.fill(`Trinity Hill quarter ${run}`);
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByRole('region', { name: 'Someone else saved first' }).or(page.getByRole('alert').filter({ hasText: 'Someone else saved first' })).first();
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`Trinity Suburb ${run}`);
    expect(await conflict.textContent()).toContain(`Trinity Hill quarter ${run}`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    // Nothing was overwritten: the API still has their name.
    expect((await client.getStaffSite({ params: { id: place.id } })).translations.en?.name).toBe(`Trinity Suburb ${run}`);

    await page.getByRole('button', { name: 'Reload their version (discard mine)' }).click();
    await expect.poll(() => name.inputValue()).toBe(`Trinity Suburb ${run}`);
    expect(errors.some((error) => /status of 412 /.test(error))).toBe(true);
    expect(unexpected(errors)).toEqual([]);
  });
});
