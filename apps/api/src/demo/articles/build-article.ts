import type { Locale, WorkflowStatus } from '@kraina/core';
import { type DemoCalendar, portalDay } from '../demo-calendar.js';
import { demoId } from '../demo-ids.js';
import { type IllustrationDraft, archivePhoto, illustrate } from '../demo-media.js';
import { type AgencyKey, type TownKey, agencies, towns } from '../demo-places.js';
import { type DemoBlock, toRichText } from '../demo-rich-text.js';
import type { DemoArticle, DemoLinks, DemoMedia } from '../demo-types.js';

/** One locale of a demo article, as a writer would type it. */
export interface ArticleCopy {
  headline: string;
  lead: string;
  body: DemoBlock[];
}

/** A demo article as the data files write it: dates as days before the demo's `now`, places and agencies by key. */
export interface ArticleDraft {
  slug: string;
  section: string;
  /** Days before today it was published (negative: scheduled for a later day). */
  daysAgo: number;
  /** Minsk wall-clock time of publication; one is picked from the slug when not given. */
  clock?: string;
  place: TownKey;
  agency?: AgencyKey;
  image: IllustrationDraft;
  tags: string[];
  en: ArticleCopy;
  ru?: ArticleCopy;
  be?: ArticleCopy;
  /** Published unless named here. */
  workflow?: Exclude<WorkflowStatus, 'published'>;
  /** Translations still being worked on: stored as drafts while the article itself is live. */
  draftLocales?: Locale[];
  links?: Partial<DemoLinks>;
}

const newsroomClocks = ['08:10', '09:25', '10:40', '11:15', '12:30', '13:55', '14:20', '15:45', '16:35', '17:50', '18:20'];

/** A demo article ready for the seeder, and the media item its lead picture needs. */
export function buildArticle(draft: ArticleDraft, calendar: DemoCalendar): { article: DemoArticle; media: DemoMedia } {
  const status: WorkflowStatus = draft.workflow ?? 'published';
  const clock = draft.clock ?? newsroomClocks[[...draft.slug].reduce((sum, c) => sum + c.charCodeAt(0), 0) % newsroomClocks.length];
  const planned = calendar.instant(draft.daysAgo, clock ?? '10:00');
  // A story "filed at 18:00" today while it is still morning went out a minute ago, not in the future.
  const wentLive = new Date(Math.min(Date.parse(planned), calendar.now.getTime() - 60_000)).toISOString();
  const workflow = {
    status,
    publishAt: status === 'scheduled' ? planned : null,
    firstPublishedAt: status === 'published' || status === 'archived' ? wentLive : null,
  };
  const filedOn = status === 'scheduled' ? planned : status === 'published' || status === 'archived' ? wentLive : calendar.now.toISOString();
  const { media, ref } = illustrate('article', draft.slug, { caption: archivePhoto, ...draft.image }, 'image/jpeg');
  const copies = { en: draft.en, ru: draft.ru, be: draft.be };
  const translations: Record<string, { headline: string; lead: string; body: ReturnType<typeof toRichText> }> = {};
  const translationStatus: Partial<Record<Locale, WorkflowStatus>> = {};
  for (const [locale, copy] of Object.entries(copies)) {
    if (!copy) continue;
    translations[locale] = { headline: copy.headline, lead: copy.lead, body: toRichText(copy.body) };
    translationStatus[locale] = draft.draftLocales?.includes(locale) ? 'draft' : status;
  }
  const links: DemoLinks = { articles: [], events: [], sites: [], ...draft.links };
  const town = towns[draft.place];
  return {
    media,
    article: {
      id: demoId('article', draft.slug),
      input: {
        slug: draft.slug,
        section: draft.section,
        translations,
        dateline: { place: town.name, date: portalDay(filedOn), agency: agencies[draft.agency ?? 'belta'] },
        leadImage: ref,
        gallery: [],
        tags: draft.tags,
        related: {
          articles: links.articles.map((slug) => demoId('article', slug)),
          events: links.events.map((slug) => demoId('event', slug)),
          sites: links.sites.map((slug) => demoId('site', slug)),
        },
      },
      workflow,
      translationStatus,
      links,
    },
  };
}
