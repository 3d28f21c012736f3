import { type Article, richTextFromParagraphs } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { conflictingFields } from './conflict-changes.js';

const theirs: Article = {
  id: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f',
  slug: 'opera',
  section: 'culture',
  status: 'draft',
  translations: { en: { headline: 'Opera season opens on Friday', body: richTextFromParagraphs(['Tickets now.']), status: 'draft' } },
  dateline: null,
  authorId: null,
  leadImage: null,
  gallery: [],
  tags: [],
  related: { articles: [], events: [], sites: [] },
  publishAt: null,
  firstPublishedAt: null,
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:05:00Z',
  version: 3,
};

describe('the fields of a save conflict', () => {
  it('lists each field the two versions disagree on, body as plain text, and nothing they agree on', () => {
    const mine = { section: 'culture', leadImage: null, translations: { en: { headline: 'Opera season opens', lead: '', body: richTextFromParagraphs(['Tickets now.']) } } };
    expect(conflictingFields(theirs, mine)).toEqual([{ field: 'en · headline', theirs: 'Opera season opens on Friday', mine: 'Opera season opens' }]);
  });

  it('shows a lead image one side changed', () => {
    const mine = { section: 'culture', leadImage: { mediaId: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }, translations: { en: { headline: 'Opera season opens on Friday', lead: '', body: richTextFromParagraphs(['Tickets now.']) } } };
    expect(conflictingFields(theirs, mine)).toEqual([{ field: 'leadImage', theirs: '', mine: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }]);
  });

  it('shows a locale only one side has', () => {
    const mine = {
      section: 'culture',
      leadImage: null,
      translations: {
        en: { headline: 'Opera season opens on Friday', lead: '', body: richTextFromParagraphs(['Tickets now.']) },
        ru: { headline: 'Оперный сезон', lead: '', body: richTextFromParagraphs([]) },
      },
    };
    expect(conflictingFields(theirs, mine).map((f) => f.field)).toEqual(['ru · headline']);
  });
});
