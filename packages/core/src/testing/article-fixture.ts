import type { Article } from '../article/article.js';
import { richTextFromParagraphs } from '../rich-text/rich-text.js';

// Test support, not part of the package: a complete, valid published article to start tests from.

/** A published English article, with any field overridden. */
export function publishedArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: '0b7c4f0e-6a55-4c7e-9f43-3f7f3c1d2a10',
    slug: 'belarus-china-business-forum',
    section: 'business-news',
    status: 'published',
    translations: {
      en: {
        headline: 'Belarus–China business forum opens in Minsk',
        lead: 'Over 300 companies take part.',
        body: richTextFromParagraphs(['The forum opened on Friday.']),
        status: 'published',
      },
    },
    dateline: { place: { en: 'Minsk', ru: 'Минск' }, date: '2023-05-12', agency: { en: 'BelTA', ru: 'БЕЛТА' } },
    authorId: null,
    leadImage: { mediaId: '5e0f0a52-1f7e-4d4b-9a57-3b1bdb5f5c11', caption: { en: 'An archive photo' } },
    gallery: [],
    tags: ['china', 'forum'],
    related: { articles: [], events: [], sites: [] },
    publishAt: null,
    firstPublishedAt: '2023-05-12T09:30:00Z',
    createdAt: '2023-05-12T08:00:00Z',
    updatedAt: '2023-05-12T09:30:00Z',
    version: 3,
    ...overrides,
  };
}
