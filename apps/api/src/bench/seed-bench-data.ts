import { performance } from 'node:perf_hooks';
import { createArticleStore } from '../article/article-store.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { importPublishedEvents } from '../event/event-import.js';
import { createSectionStore } from '../section/section-store.js';
import { createSiteStore } from '../site/site-store.js';
import { benchArticle, benchSections } from './bench-articles.js';
import { benchEvent } from './bench-events.js';
import { benchSite } from './bench-sites.js';
import { seededRandom } from './seeded-random.js';

/** How much content the benchmark generates. */
export interface BenchSizes {
  articles: number;
  events: number;
  sites: number;
}

/** What was generated: slugs the by-slug runs rotate over, and how long each kind took to write. */
export interface SeededData {
  articleSlugs: string[];
  seconds: { sites: number; events: number; articles: number };
}

// Articles and events go through bulk imports, a few thousand per transaction (articles chronologically, so each
// import rebuilds only the numbered lists' newest tail), and memory stays flat: saved one by one, the 20,000 events
// alone took four minutes. Places go through create and changeWorkflow, exactly as the admin saves them (about a
// minute for 10,000).
const itemsPerImport = 5000;
const slugSamples = 2000;

/** Fills a migrated, empty database with the benchmark's content; the same seed always gives the same content. */
export async function seedBenchData(database: Database, settings: ContentSettings, sizes: BenchSizes, log: (line: string) => void, seed = 20_261_127): Promise<SeededData> {
  const random = seededRandom(seed);
  const sections = createSectionStore(database);
  for (const { weight: _weight, ...section } of benchSections) await sections.create(section);

  let started = performance.now();
  const sites = createSiteStore(database, settings);
  const siteIds: string[] = [];
  for (let index = 0; index < sizes.sites; index += 1) {
    const { input, locales } = benchSite(random, index);
    const created = await sites.create(input);
    await sites.changeWorkflow(created.id, { status: 'published', publishedAt: '2025-01-15T09:00:00Z', locales });
    siteIds.push(created.id);
    if ((index + 1) % 2000 === 0) log(`  places: ${index + 1}/${sizes.sites}`);
  }
  const sitesSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  for (let first = 0; first < sizes.events; first += itemsPerImport) {
    const count = Math.min(itemsPerImport, sizes.events - first);
    await importPublishedEvents(database, settings, Array.from({ length: count }, (_, offset) => benchEvent(random, first + offset, siteIds)));
    log(`  events: ${first + count}/${sizes.events}`);
  }
  const eventsSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const articles = createArticleStore(database, settings);
  const articleSlugs: string[] = [];
  const every = Math.max(1, Math.floor(sizes.articles / slugSamples));
  for (let first = 0; first < sizes.articles; first += itemsPerImport) {
    const count = Math.min(itemsPerImport, sizes.articles - first);
    const batch = Array.from({ length: count }, (_, offset) => benchArticle(random, first + offset, sizes.articles));
    const imported = await articles.importPublished(batch);
    // By-slug runs ask in English, so they sample stories published in English (others would answer 404).
    imported.forEach((article, offset) => {
      if ((first + offset) % every === 0 && batch[offset]?.locales.en === 'published') articleSlugs.push(article.slug);
    });
    log(`  articles: ${first + count}/${sizes.articles}`);
  }
  const articlesSeconds = (performance.now() - started) / 1000;

  return { articleSlugs, seconds: { sites: sitesSeconds, events: eventsSeconds, articles: articlesSeconds } };
}
