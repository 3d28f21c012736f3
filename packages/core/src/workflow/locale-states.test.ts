import { describe, expect, it } from 'vitest';
import { localeStatesAfter } from './locale-states.js';

describe('the locale states a workflow move changes', () => {
  it('publishes every locale when none is chosen', () => {
    expect(localeStatesAfter('published', { en: 'draft', ru: 'scheduled' })).toEqual({ en: 'published', ru: 'published' });
  });

  it('publishes or schedules exactly the chosen locales and leaves the others as drafts', () => {
    expect(localeStatesAfter('scheduled', { en: 'draft', ru: 'draft', be: 'draft' }, ['en', 'be'])).toEqual({ en: 'scheduled', be: 'scheduled' });
    expect(localeStatesAfter('published', { en: 'scheduled', ru: 'scheduled' }, ['ru'])).toEqual({ en: 'draft', ru: 'published' });
  });

  it('takes published and scheduled locales back to drafts on any other move', () => {
    expect(localeStatesAfter('draft', { en: 'published', ru: 'scheduled', be: 'draft' })).toEqual({ en: 'draft', ru: 'draft' });
    expect(localeStatesAfter('archived', { en: 'published' })).toEqual({ en: 'draft' });
    expect(localeStatesAfter('in-review', { en: 'draft' })).toEqual({});
  });
});
