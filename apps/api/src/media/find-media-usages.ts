import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';

/** One place a media item is shown: which item, and where on it. */
export interface MediaUsage {
  ownerType: 'article' | 'event' | 'site';
  slug: string;
  role: 'lead image' | 'image' | 'gallery' | 'body text';
}

// Content keeps its images as JSON text (an ImageRef, a gallery, image nodes of rich text), each naming the media id.
// An id is a random UUID, so finding it in that text is finding a use; `"<id>"` with its quotes matches whole ids only.
// A scan rather than a table of uses: deletions are rare, and content saved by any code path is found without
// every store having to keep such a table up to date.

/** Every article, event and place that shows a media item, in any state, drafts included. */
export async function findMediaUsages(db: Kysely<Tables> | Transaction<Tables>, mediaId: string): Promise<MediaUsage[]> {
  const quoted = `%"${mediaId}"%`;
  const [articles, articleBodies, events, eventBodies, sites, siteBodies] = await Promise.all([
    db.selectFrom('articles').select(['slug', 'lead_image_json', 'gallery_json'])
      .where((eb) => eb.or([eb('lead_image_json', 'like', quoted), eb('gallery_json', 'like', quoted)])).execute(),
    db.selectFrom('article_translations').innerJoin('articles', 'articles.id', 'article_translations.article_id')
      .select('articles.slug').distinct().where('article_translations.body_json', 'like', quoted).execute(),
    db.selectFrom('events').select('slug').where('image_json', 'like', quoted).execute(),
    db.selectFrom('event_translations').innerJoin('events', 'events.id', 'event_translations.event_id')
      .select('events.slug').distinct().where('event_translations.description_json', 'like', quoted).execute(),
    db.selectFrom('sites').select(['slug', 'image_json', 'gallery_json'])
      .where((eb) => eb.or([eb('image_json', 'like', quoted), eb('gallery_json', 'like', quoted)])).execute(),
    db.selectFrom('site_translations').innerJoin('sites', 'sites.id', 'site_translations.site_id')
      .select('sites.slug').distinct().where('site_translations.description_json', 'like', quoted).execute(),
  ]);
  const mentions = (json: string | null) => json?.includes(`"${mediaId}"`) === true;
  return [
    ...articles.flatMap(({ slug, lead_image_json, gallery_json }) => [
      ...(mentions(lead_image_json) ? [{ ownerType: 'article' as const, slug, role: 'lead image' as const }] : []),
      ...(mentions(gallery_json) ? [{ ownerType: 'article' as const, slug, role: 'gallery' as const }] : []),
    ]),
    ...articleBodies.map(({ slug }) => ({ ownerType: 'article' as const, slug, role: 'body text' as const })),
    ...events.map(({ slug }) => ({ ownerType: 'event' as const, slug, role: 'image' as const })),
    ...eventBodies.map(({ slug }) => ({ ownerType: 'event' as const, slug, role: 'body text' as const })),
    ...sites.flatMap(({ slug, image_json, gallery_json }) => [
      ...(mentions(image_json) ? [{ ownerType: 'site' as const, slug, role: 'image' as const }] : []),
      ...(mentions(gallery_json) ? [{ ownerType: 'site' as const, slug, role: 'gallery' as const }] : []),
    ]),
    ...siteBodies.map(({ slug }) => ({ ownerType: 'site' as const, slug, role: 'body text' as const })),
  ];
}
