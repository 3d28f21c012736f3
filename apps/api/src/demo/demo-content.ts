import { buildArticle } from './articles/build-article.js';
import { articleDrafts } from './articles/demo-articles.js';
import { demoCalendar } from './demo-calendar.js';
import { demoSections } from './demo-sections.js';
import type { DemoContent, DemoMedia } from './demo-types.js';
import { buildEvent } from './events/build-event.js';
import { eventDrafts } from './events/demo-events.js';
import { buildSite } from './sites/build-site.js';
import { siteDrafts } from './sites/demo-sites.js';

/**
 * The demo content for a portal loaded at `now`: news from the last three months, events over the next twelve,
 * the places catalogue, and the media items their pictures need (draw them with `renderDemoImages`).
 * The same `now` always gives the same content, ids included.
 */
export function demoContent(now: Date): DemoContent {
  const calendar = demoCalendar(now);
  const media: DemoMedia[] = [];
  const articles = articleDrafts.map((draft) => {
    const built = buildArticle(draft, calendar);
    media.push(built.media);
    return built.article;
  });
  const events = eventDrafts.map((draft) => {
    const built = buildEvent(draft, calendar);
    media.push(built.media);
    return built.event;
  });
  const sites = siteDrafts.map((draft) => {
    const built = buildSite(draft, calendar);
    media.push(built.media);
    return built.site;
  });
  // A copy, so a caller that adjusts the sections it was given cannot change the next caller's.
  return { sections: structuredClone(demoSections), articles, events, sites, media };
}
