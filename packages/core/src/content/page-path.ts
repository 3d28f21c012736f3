// Where each kind of item lives on the public site (PRODUCT.md, "Public web"), written once: the web app routes by
// these, open-data files link to them, imports and renamed slugs redirect to them.

/** The page of an article for a reader of `locale`, e.g. `/en/news/business-news/minsk-forum`. */
export function articlePagePath(locale: string, article: { section: string; slug: string }): string {
  return `/${locale}/news/${article.section}/${article.slug}`;
}

/** The page of an event for a reader of `locale`, e.g. `/en/events/slavianski-bazaar`. */
export function eventPagePath(locale: string, event: { slug: string }): string {
  return `/${locale}/events/${event.slug}`;
}

/** The page of a place for a reader of `locale`, e.g. `/en/places/unesco-heritage/mir-castle`. */
export function placePagePath(locale: string, place: { kind: string; slug: string }): string {
  return `/${locale}/places/${place.kind}/${place.slug}`;
}
