import { CreateArticleInputSchema } from '@kraina/core';
import { afterAll, describe, expect, it } from 'vitest';
import { wordSchemaMessagesIn } from './schema-messages.js';

const missingHeadline = () =>
  CreateArticleInputSchema.safeParse({ section: 'news', translations: { en: { headline: '', body: { type: 'doc', content: [] } } } }).error?.issues[0]?.message;

describe('core’s schema messages in the interface language', () => {
  afterAll(() => wordSchemaMessagesIn('en'));

  it('words the same refusal in English, Russian and Belarusian', () => {
    wordSchemaMessagesIn('en');
    const english = missingHeadline();
    wordSchemaMessagesIn('ru');
    const russian = missingHeadline();
    wordSchemaMessagesIn('be');
    const belarusian = missingHeadline();
    expect(english).toMatch(/Too small/);
    expect(russian).toMatch(/[а-я]/);
    expect(belarusian).toMatch(/[а-яў]/);
    expect(new Set([english, russian, belarusian]).size).toBe(3);
  });
});
