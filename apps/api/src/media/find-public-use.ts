import { type Kysely, type Transaction, sql } from 'kysely';
import type { Tables } from '../db/tables.js';

// Which published content shows a media item, found as findMediaUsages finds any use: by the id, quoted, in the JSON
// content keeps its images in. Only published items count, and for text bodies only their published translations,
// so the picture in an embargoed draft (or in the unpublished Belarusian text of a published article) stays unknown.

/**
 * Whether a published article, event or place shows the media item: as a lead image, an event's or place's image,
 * in a gallery, or in the published text of a body or description.
 */
export async function isShownByPublishedContent(db: Kysely<Tables> | Transaction<Tables>, mediaId: string): Promise<boolean> {
  const quoted = `%"${mediaId}"%`;
  const found = await Promise.all([
    db.selectFrom('articles').select(sql.lit(1).as('found')).where('status', '=', 'published')
      .where((eb) => eb.or([eb('lead_image_json', 'like', quoted), eb('gallery_json', 'like', quoted)])).limit(1).execute(),
    db.selectFrom('article_translations as t').innerJoin('articles as a', 'a.id', 't.article_id').select(sql.lit(1).as('found'))
      .where('a.status', '=', 'published').where('t.status', '=', 'published').where('t.body_json', 'like', quoted).limit(1).execute(),
    db.selectFrom('events').select(sql.lit(1).as('found')).where('status', '=', 'published').where('image_json', 'like', quoted).limit(1).execute(),
    db.selectFrom('event_translations as t').innerJoin('events as e', 'e.id', 't.event_id').select(sql.lit(1).as('found'))
      .where('e.status', '=', 'published').where('t.status', '=', 'published').where('t.description_json', 'like', quoted).limit(1).execute(),
    db.selectFrom('sites').select(sql.lit(1).as('found')).where('status', '=', 'published')
      .where((eb) => eb.or([eb('image_json', 'like', quoted), eb('gallery_json', 'like', quoted)])).limit(1).execute(),
    db.selectFrom('site_translations as t').innerJoin('sites as s', 's.id', 't.site_id').select(sql.lit(1).as('found'))
      .where('s.status', '=', 'published').where('t.status', '=', 'published').where('t.description_json', 'like', quoted).limit(1).execute(),
  ]);
  return found.some((rows) => rows.length > 0);
}
