import { type KrainaClient, createClient } from '@kraina/core';
import type { SoakFixtures } from './public-reads.js';

const unique = <T>(values: T[]) => [...new Set(values)];
const nonEmpty = <T>(name: string, values: T[]): T[] => {
  if (values.length === 0) throw new Error(`The portal has no ${name} to read: the soak needs the demo content`);
  return values;
};

/**
 * Finds what the public reads will ask for, in the demo portal the api loaded: published articles, events, places,
 * their images and words to search, plus a preview of a draft and a redirect that the soak makes itself as staff.
 */
export async function findFixtures(apiUrl: string, staff: KrainaClient, now: Date): Promise<SoakFixtures> {
  const visitor = createClient({ baseUrl: apiUrl });
  const locale = 'en';
  const from = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 16) + ':00Z';
  const to = new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 16) + ':00Z';

  const articles = (await visitor.listArticles({ query: { locale, limit: 50 } })).items;
  const occurrences = (await visitor.listEvents({ query: { from, to, limit: 100 } })).items;
  const sites = (await visitor.listSites({ query: { limit: 50 } })).items;
  const sectionSlugs = unique(articles.map((article) => article.section));
  const mediaIds = unique([...articles, ...sites].flatMap((item) => ('leadImage' in item ? item.leadImage : item.image)?.mediaId ?? []));

  const section = nonEmpty('sections', sectionSlugs)[0] as string;
  const draft = await staff.createArticle({
    body: { section, translations: { en: { headline: 'Soak preview draft', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen only by preview.' }] }] } } } },
  });
  const preview = await staff.createArticlePreview({ params: { id: draft.id } });
  const firstArticle = articles[0];
  const redirect = await staff.createRedirect({
    body: { from: `/soak-legacy-${now.getTime()}.html`, to: `/${locale}/news/${firstArticle?.section ?? section}/${firstArticle?.slug ?? ''}` },
  });

  return {
    locale,
    articleSlugs: nonEmpty('articles', articles.map((a) => a.slug)),
    articleIds: articles.map((a) => a.id),
    eventSlugs: nonEmpty('events', unique(occurrences.map((o) => o.event.slug))),
    eventIds: unique(occurrences.map((o) => o.event.id)),
    siteSlugs: nonEmpty('places', sites.map((s) => s.slug)),
    siteIds: sites.map((s) => s.id),
    sectionSlugs,
    mediaIds: nonEmpty('published images', mediaIds),
    previewToken: preview.token,
    redirectPath: redirect.from,
    searchTerms: nonEmpty('headlines', unique(articles.flatMap((a) => a.headline.split(/\s+/).filter((word) => /^\p{L}{5,}$/u.test(word))))).slice(0, 20),
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    from,
    to,
  };
}
