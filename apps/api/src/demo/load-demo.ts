import type { Logger } from 'pino';
import type { ArticleWorkflowChange } from '../article/article-store.js';
import type { ContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import type { MediaStore } from '../media/media-store.js';
import { demoContent } from './demo-content.js';
import { renderDemoImages } from './demo-images.js';
import type { DemoRecord } from './demo-types.js';

/** Whether the database holds no content yet: the only state in which the demo is loaded. */
export async function isEmpty({ db }: Database): Promise<boolean> {
  const [section, article] = await Promise.all([
    db.selectFrom('sections').select('id').limit(1).execute(),
    db.selectFrom('articles').select('id').limit(1).execute(),
  ]);
  return section.length === 0 && article.length === 0;
}

/**
 * Loads the demo portal (sections, places, events, articles and their images) through the stores, so the demo
 * obeys every rule real content does. Items keep their stable demo ids, so the links between them resolve.
 */
export async function loadDemo(stores: ContentStores, media: MediaStore, now = new Date(), logger?: Logger): Promise<Record<string, number>> {
  const content = demoContent(now);
  for (const image of await renderDemoImages(content.media)) await media.keepImage(image);
  for (const section of content.sections) await stores.sections.create(section);
  for (const site of content.sites) {
    await stores.sites.create(site.input, null, { id: site.id });
  }
  for (const event of content.events) {
    await stores.events.create(event.input, null, { id: event.id });
  }
  for (const article of content.articles) {
    await stores.articles.create(article.input, null, { id: article.id });
  }
  // Workflow last: publishing indexes search and numbers the archive, which wants every item in place.
  const apply = async (store: { changeWorkflow: (id: string, change: ArticleWorkflowChange) => Promise<unknown> }, records: readonly DemoRecord<unknown>[]) => {
    for (const record of records) {
      if (record.workflow.status === 'draft') continue;
      await store.changeWorkflow(record.id, {
        status: record.workflow.status,
        locales: record.translationStatus as Record<string, never>,
        ...(record.workflow.firstPublishedAt ? { publishedAt: record.workflow.firstPublishedAt } : {}),
        publishAt: record.workflow.publishAt,
      });
    }
  };
  await apply(stores.sites, content.sites);
  await apply(stores.events, content.events);
  await apply(stores.articles, content.articles);
  const counts = { sections: content.sections.length, articles: content.articles.length, events: content.events.length, sites: content.sites.length, media: content.media.length };
  logger?.info(counts, 'demo content loaded');
  return counts;
}
