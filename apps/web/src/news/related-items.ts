import { type ArticleView, type KrainaClient, type Locale, eventPagePath, placePagePath, resolveLocalized } from '@kraina/core';
import { formatDay } from '../locale/format-date.js';
import type { RelatedItems, RelatedLink } from './article-page.js';

// An article names what it relates to by id, and the API's public reads find items by slug or by filters, not by
// id. Until the contract has a lookup by ids (or the article view carries summaries of what it relates to), the
// related items are found in the lists the site reads anyway: the latest news, the coming year's events and the
// places catalogue, each kept briefly by the API cache. An older article related to this one is then left out.
const scanLimit = 100;

/** The articles, events and places an article relates to, as far as the public lists reach. */
export async function findRelated(api: KrainaClient, article: ArticleView, locale: Locale, now: Date): Promise<RelatedItems> {
  const { related } = article;
  const [articles, events, places] = await Promise.all([
    related.articles.length === 0 ? [] : relatedArticles(api, related.articles, locale),
    related.events.length === 0 ? [] : relatedEvents(api, related.events, locale, now),
    related.sites.length === 0 ? [] : relatedPlaces(api, related.sites, locale),
  ]);
  return { articles, events, places };
}

async function relatedArticles(api: KrainaClient, ids: readonly string[], locale: Locale) {
  const { items } = await api.listArticles({ query: { locale, limit: scanLimit } });
  return ids.flatMap((id) => items.filter((item) => item.id === id));
}

async function relatedEvents(api: KrainaClient, ids: readonly string[], locale: Locale, now: Date): Promise<RelatedLink[]> {
  const to = new Date(now.getTime() + 366 * 86_400_000).toISOString();
  const { items } = await api.listEvents({ query: { locale, from: now.toISOString(), to, limit: scanLimit } });
  return ids.flatMap((id) => {
    // A recurring event has many occurrences; the first is the next one.
    const next = items.find((occurrence) => occurrence.event.id === id);
    if (!next) return [];
    const title = resolveLocalized(next.event.translations, locale)?.value.title ?? next.event.slug;
    return [{ id, name: title, path: eventPagePath(locale, next.event), note: formatDay(next.localDate, locale) }];
  });
}

async function relatedPlaces(api: KrainaClient, ids: readonly string[], locale: Locale): Promise<RelatedLink[]> {
  const { items } = await api.listSites({ query: { locale, limit: scanLimit } });
  return ids.flatMap((id) => {
    const place = items.find((item) => item.id === id);
    return place ? [{ id, name: place.name, path: placePagePath(locale, place) }] : [];
  });
}
