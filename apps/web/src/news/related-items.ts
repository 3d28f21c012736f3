import { type ArticleView, type KrainaClient, type Locale, eventPagePath, placePagePath, resolveLocalized } from '@kraina/core';
import { formatDay } from '../locale/format-date.js';
import type { RelatedItems } from './article-page.js';

/**
 * The articles, events and places an article relates to, in the order the article lists them, in one lookup by id
 * (the API's lookupRelated): however old an item is, it is found, and one unpublished since is left out.
 */
export async function findRelated(api: KrainaClient, article: ArticleView, locale: Locale): Promise<RelatedItems> {
  const { related } = article;
  if (related.articles.length + related.events.length + related.sites.length === 0) return { articles: [], events: [], places: [] };
  const found = await api.lookupRelated({
    query: { locale, articles: related.articles.join(','), events: related.events.join(','), sites: related.sites.join(',') },
  });
  return {
    articles: found.articles,
    events: found.events.map(({ event, next }) => ({
      id: event.id,
      name: resolveLocalized(event.translations, locale)?.value.title ?? event.slug,
      path: eventPagePath(locale, event),
      // A recurring event shows its next date; one that is over shows none.
      note: next ? formatDay(next.localDate, locale) : undefined,
    })),
    places: found.sites.map((place) => ({ id: place.id, name: resolveLocalized(place.translations, locale)?.value.name ?? place.slug, path: placePagePath(locale, place) })),
  };
}
