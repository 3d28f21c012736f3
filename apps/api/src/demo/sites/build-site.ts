import type { CreateSiteInput, Locale, WorkflowStatus } from '@kraina/core';
import type { DemoCalendar } from '../demo-calendar.js';
import { demoId } from '../demo-ids.js';
import { type IllustrationDraft, illustrate } from '../demo-media.js';
import { type DemoBlock, toRichText } from '../demo-rich-text.js';
import type { DemoLinks, DemoMedia, DemoSite } from '../demo-types.js';

/** One locale of a demo place. */
export interface SiteCopy {
  name: string;
  summary: string;
  description: DemoBlock[];
  address?: string;
}

// The fields every kind shares; what is left of CreateSiteInput is the kind and its own fields.
type SharedField = 'slug' | 'translations' | 'image' | 'gallery' | 'related' | 'tags';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A demo place as the data files write it: the kind's own fields inline, texts per locale, the picture described. */
export type SiteDraft = DistributiveOmit<CreateSiteInput, SharedField> & {
  slug: string;
  image: IllustrationDraft;
  tags: string[];
  en: SiteCopy;
  ru?: SiteCopy;
  be?: SiteCopy;
  /** Published unless named here. */
  workflow?: Exclude<WorkflowStatus, 'published'>;
  draftLocales?: Locale[];
  links?: Partial<DemoLinks>;
};

/** A demo place ready for the seeder, and the media item its picture needs. */
export function buildSite(draft: SiteDraft, calendar: DemoCalendar): { site: DemoSite; media: DemoMedia } {
  const { slug, image, tags, en, ru, be, workflow: pending, draftLocales, links: someLinks, ...kindAndPlace } = draft;
  const status: WorkflowStatus = pending ?? 'published';
  const { media, ref } = illustrate('site', slug, image, 'image/webp');
  const translations: Record<string, { name: string; summary: string; description: ReturnType<typeof toRichText>; address?: string }> = {};
  const translationStatus: Partial<Record<Locale, WorkflowStatus>> = {};
  for (const [locale, copy] of Object.entries({ en, ru, be })) {
    if (!copy) continue;
    translations[locale] = {
      name: copy.name,
      summary: copy.summary,
      description: toRichText(copy.description),
      ...(copy.address ? { address: copy.address } : {}),
    };
    translationStatus[locale] = draftLocales?.includes(locale) ? 'draft' : status;
  }
  const links: DemoLinks = { articles: [], events: [], sites: [], ...someLinks };
  // The catalogue was "always there": places went live well before the oldest demo news.
  const firstPublishedAt = status === 'published' ? calendar.instant(120, '09:00') : null;
  const input: CreateSiteInput = {
    ...kindAndPlace,
    slug,
    translations,
    image: ref,
    gallery: [],
    tags,
    related: {
      articles: links.articles.map((target) => demoId('article', target)),
      events: links.events.map((target) => demoId('event', target)),
      sites: links.sites.map((target) => demoId('site', target)),
    },
  };
  return {
    media,
    site: {
      id: demoId('site', slug),
      input,
      workflow: { status, publishAt: null, firstPublishedAt },
      translationStatus,
      links,
    },
  };
}

/** Opening hours: the same times on the given ISO weekdays (1 = Monday). */
export function openOn(days: number[], opens: string, closes: string, note?: { en: string; ru?: string; be?: string }) {
  return { periods: [{ days, opens, closes }], ...(note ? { note } : {}) };
}

/** Every day of the week. */
export const everyDay = [1, 2, 3, 4, 5, 6, 7];
/** Tuesday to Sunday: the week of most Belarusian museums, closed on Mondays. */
export const tuesdayToSunday = [2, 3, 4, 5, 6, 7];
