import { richTextFromParagraphs } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import type { ArticleFormValues } from './article-form-values.js';
import { isAutosavable } from '../editing/use-server-autosave.js';
import { isValidUpdate } from './autosave-rule.js';

const values = (headline: string): ArticleFormValues => ({
  section: 'culture',
  leadImage: null,
  translations: { en: { headline, lead: '', body: richTextFromParagraphs(['Text.']) } },
});

describe('which edits save themselves', () => {
  it('autosaves a draft only: submitted, scheduled and published work waits for an explicit Save', () => {
    expect(isAutosavable({ status: 'draft' })).toBe(true);
    for (const status of ['in-review', 'scheduled', 'published', 'archived'] as const) expect(isAutosavable({ status })).toBe(false);
    expect(isAutosavable(undefined)).toBe(false);
  });

  it('sends only what core’s update schema accepts, so an autosave never fails on a half-typed field', () => {
    expect(isValidUpdate(values('Opera season opens'))).toBe(true);
    expect(isValidUpdate(values('  '))).toBe(false);
    expect(isValidUpdate(values('x'.repeat(301)))).toBe(false);
  });
});
