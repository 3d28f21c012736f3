import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Media, type MediaPage, type Problem, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { photo } from './test-images.js';

describeEachDatabase('the media library routes', (dialect) => {
  const mediaDir = join(mkdtempSync(join(tmpdir(), 'kraina-media-')), 'media');
  const testApp = useTestApp(dialect, { MEDIA_DIR: mediaDir });
  const staff = () => request(testApp.staffApp);

  async function upload(filename: string, alt: Record<string, string> = {}): Promise<Media> {
    let req = staff().post('/api/v1/media');
    for (const [locale, text] of Object.entries(alt)) req = req.field(`alt[${locale}]`, text);
    const res = await req.attach('file', await photo(400, 300), filename);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Media;
  }
  const filesOf = (id: string) => (existsSync(mediaDir) ? readdirSync(mediaDir).filter((name) => name.startsWith(id)) : []);

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
  });

  it('lists the library newest first, page by page, found by file name or alt text in any locale', async () => {
    const tram = await upload('tram.jpg', { en: 'A red tram on Niamiha street' });
    const bridge = await upload('bridge.jpg', { be: 'Мост праз Свіслач увечары' });
    const square = await upload('square-at-night.jpg');

    const first = await staff().get('/api/v1/media').query({ limit: 2 });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toContain('private');
    const page = first.body as MediaPage;
    expect(page.items.map((m) => m.id)).toEqual([square.id, bridge.id]);
    const rest = (await staff().get('/api/v1/media').query({ limit: 2, cursor: page.nextCursor })).body as MediaPage;
    expect(rest.items.map((m) => m.id)).toContain(tram.id);

    const find = async (q: string) => ((await staff().get('/api/v1/media').query({ q })).body as MediaPage).items.map((m) => m.id);
    expect(await find('NIAMIHA')).toEqual([tram.id]);
    // Any letter case for ASCII; SQLite's LIKE folds only ASCII, so Cyrillic is matched as written.
    expect(await find('Свіслач')).toEqual([bridge.id]);
    expect(await find('square-at')).toEqual([square.id]);
    expect(await find('100%')).toEqual([]);
    expect(((await staff().get('/api/v1/media').query({ kind: 'document' })).body as MediaPage).items).toEqual([]);
  });

  it('never answers a stranger with the staff list, even after staff have read it', async () => {
    await upload('private.jpg', { en: 'An unpublished photo' });
    expect((await staff().get('/api/v1/media')).status).toBe(200);
    const stranger = await request(testApp.app).get('/api/v1/media');
    expect(stranger.status).toBe(401);
    expect(stranger.type).toBe('application/problem+json');
  });

  it('changes alt text per locale, credit and focal point at the version read, and refuses a stale or missing one', async () => {
    const media = await upload('kupalle.jpg', { en: 'Wreaths floating on the river' });
    const missing = await staff().patch(`/api/v1/media/${media.id}`).send({ credit: 'Photo: Kraina' });
    expect(missing.status).toBe(428);

    const changed = await staff().patch(`/api/v1/media/${media.id}`).set('If-Match', '"1"').send({
      alt: { en: 'Wreaths floating on the Svislach', be: 'Вянкі плывуць па Свіслачы' },
      caption: { en: 'Kupalle night' },
      credit: 'Photo: Kraina',
      focalPoint: { x: 0.3, y: 0.6 },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({
      alt: { en: 'Wreaths floating on the Svislach', be: 'Вянкі плывуць па Свіслачы' },
      caption: { en: 'Kupalle night' },
      credit: 'Photo: Kraina',
      focalPoint: { x: 0.3, y: 0.6 },
      version: 2,
    });

    const stale = await staff().patch(`/api/v1/media/${media.id}`).set('If-Match', '"1"').send({ credit: 'Someone else' });
    expect(stale.status).toBe(412);
    expect((stale.body as Problem).currentVersion).toBe(2);

    const fileName = await staff().patch(`/api/v1/media/${media.id}`).send({ alt: { en: 'kupalle.jpg', ru: 'DSC01234' }, version: 2 });
    expect(fileName.status).toBe(422);
    expect((fileName.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/alt/en', '#/body/alt/ru']);
    expect(((await staff().get(`/api/v1/media/${media.id}`)).body as Media).version).toBe(2);
  });

  it('refuses to delete an image any article, event or place shows, naming each use', async () => {
    const lead = await upload('lead.jpg', { en: 'Crowd at the opening' });
    const inBody = await upload('inline.jpg', { en: 'Queue at the door' });
    const eventImage = await upload('festival.jpg', { en: 'Stage with lights' });
    const gallery = await upload('castle.jpg', { en: 'Castle towers at dawn' });

    const article = await staff().post('/api/v1/articles').send({
      section: 'news',
      leadImage: { mediaId: lead.id },
      translations: { en: { headline: 'Library opens', body: { type: 'doc', content: [...richTextFromParagraphs(['Doors open.']).content, { type: 'image', attrs: { mediaId: inBody.id } }] } } },
    });
    expect(article.status, JSON.stringify(article.body)).toBe(201);
    const event = await staff().post('/api/v1/events').send({
      category: 'festival',
      image: { mediaId: eventImage.id },
      translations: { en: { title: 'Summer festival', description: richTextFromParagraphs(['Music.']) } },
      schedule: [{ start: '2039-05-18T18:00', end: '2039-05-18T23:00' }],
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const site = await staff().post('/api/v1/sites').send({
      kind: 'museum',
      region: 'minsk',
      coordinates: { lat: 53.9, lng: 27.56 },
      gallery: [{ mediaId: gallery.id }],
      translations: { en: { name: 'Castle museum', description: richTextFromParagraphs(['Towers.']) } },
    });
    expect(site.status, JSON.stringify(site.body)).toBe(201);

    const slugOf = (res: { body: unknown }) => (res.body as { slug: string }).slug;
    for (const [media, use] of [
      [lead, `article "${slugOf(article)}" (lead image)`],
      [inBody, `article "${slugOf(article)}" (body text)`],
      [eventImage, `event "${slugOf(event)}" (image)`],
      [gallery, `site "${slugOf(site)}" (gallery)`],
    ] as const) {
      const res = await staff().delete(`/api/v1/media/${media.id}`);
      expect(res.status, use).toBe(409);
      expect((res.body as Problem).errors).toEqual([{ pointer: '#/params/id', detail: `Used by ${use}` }]);
      expect((await staff().get(`/api/v1/media/${media.id}`)).status).toBe(200);
      expect(filesOf(media.id)).not.toEqual([]);
    }
  });

  it('deletes an unused item with its files, and records who did it', async () => {
    const media = await upload('unused.jpg', { en: 'A spare photo' });
    expect(filesOf(media.id).length).toBeGreaterThan(1);
    const res = await staff().delete(`/api/v1/media/${media.id}`);
    expect(res.status).toBe(204);
    expect((await staff().get(`/api/v1/media/${media.id}`)).status).toBe(404);
    expect(filesOf(media.id)).toEqual([]);
    const entry = await testApp.database.db.selectFrom('audit_log').selectAll().where('target_id', '=', media.id).executeTakeFirst();
    expect(entry).toMatchObject({ action: 'deleted', actor_id: testApp.editor.user.id, target_type: 'media' });
    expect(JSON.parse(entry?.details_json ?? '{}')).toEqual({ name: 'unused.jpg' });
    expect((await staff().delete(`/api/v1/media/${media.id}`)).status).toBe(404);
  });
});
