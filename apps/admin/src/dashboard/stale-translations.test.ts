import type { StaffArticleSummary } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { staleTranslations } from './stale-translations.js';

const summary = (id: string, translationStatus: StaffArticleSummary['translationStatus']): StaffArticleSummary => ({
  id,
  slug: id,
  section: 'news',
  status: 'published',
  authorId: null,
  publishAt: null,
  firstPublishedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
  headline: id,
  headlineLocale: 'en',
  localeStatuses: { en: 'published' },
  translationStatus,
});

describe('stale translations on the dashboard', () => {
  it('lists only articles with a stale field, naming each lagging locale and its fields', () => {
    const items = [
      summary('current', { en: { stale: [] }, ru: { stale: [] } }),
      summary('lagging', { en: { stale: [] }, ru: { stale: ['headline', 'body'] }, be: { stale: [] } }),
    ];
    expect(staleTranslations(items)).toEqual([{ article: items[1], locales: [{ locale: 'ru', fields: ['headline', 'body'] }] }]);
  });
});
