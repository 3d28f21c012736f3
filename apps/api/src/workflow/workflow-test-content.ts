// Test support for the workflow suites: a draft of each kind with a unique title, through the stores, in English
// and Russian, and how the workflow routes and public reads name each kind.
import { type CreateEventInput, type CreateSiteInput, richTextFromParagraphs } from '@kraina/core';
import type { ContentKind } from '../content/content-kind.js';
import type { ContentStores } from '../content/content-stores.js';

/** The path segment of each kind under /api/v1. */
export const pathOf = { article: 'articles', event: 'events', site: 'sites' } as const satisfies Record<ContentKind, string>;

/** Every kind, for suites that run once per kind. */
export const contentKinds: readonly ContentKind[] = ['article', 'event', 'site'];

const text = (words: string) => richTextFromParagraphs([`${words}.`]);

/** A section for articles, made once per database. */
export async function ensureSection(stores: ContentStores): Promise<void> {
  if ((await stores.sections.list()).every((section) => section.slug !== 'workflow')) await stores.sections.create({ slug: 'workflow', name: { en: 'Workflow' } });
}

/** An event on 10 June 2036 in Minsk, in English and Russian. */
export function eventInput(title: string): CreateEventInput {
  return {
    category: 'concert',
    translations: { en: { title, description: text(title) }, ru: { title: `${title} (ru)`, description: text(title) } },
    schedule: [{ start: '2036-06-10T19:00', end: '2036-06-10T21:00', timeZone: 'Europe/Minsk', city: { en: 'Minsk' }, region: 'minsk' }],
  };
}

/** A place near Minsk, in English and Russian. */
export function siteInput(name: string): CreateSiteInput {
  return {
    kind: 'tourist-site',
    region: 'minsk-region',
    coordinates: { lat: 53.9, lng: 27.56 },
    translations: { en: { name, description: text(name) }, ru: { name: `${name} (ru)`, description: text(name) } },
  };
}

/** A draft of a kind, created by `authorId`; articles go in the "workflow" section (see `ensureSection`). */
export async function createDraft(stores: ContentStores, kind: ContentKind, title: string, authorId: string | null = null) {
  if (kind === 'article') {
    return stores.articles.create(
      { section: 'workflow', translations: { en: { headline: title, body: text(title) }, ru: { headline: `${title} (ru)`, body: text(title) } } },
      authorId,
    );
  }
  if (kind === 'event') return stores.events.create(eventInput(title), authorId);
  return stores.sites.create(siteInput(title), authorId);
}
