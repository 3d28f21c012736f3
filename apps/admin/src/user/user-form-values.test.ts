import { describe, expect, it } from 'vitest';
import { createUserInputOf, createUserResolver, updateUserInputOf } from './user-form-values.js';

const options = { fields: {}, shouldUseNativeValidation: false };

describe('the account forms', () => {
  it('sends locales only for a translator, whom they limit', () => {
    expect(createUserInputOf({ name: 'Ala', email: ' ala@kraina.test ', role: 'editor', locales: ['ru'], password: 'long enough password' })).toMatchObject({ email: 'ala@kraina.test', locales: [] });
    expect(updateUserInputOf({ name: 'Ala', role: 'translator', locales: ['ru', 'be'], disabled: false }).locales).toEqual(['ru', 'be']);
  });

  it('refuses, with core’s password rule, a password shorter than twelve characters and an email that is not one', async () => {
    const result = await createUserResolver()({ name: 'Ala', email: 'not-an-email', role: 'author', locales: [], password: 'short' }, undefined, options);
    expect(Object.keys(result.errors).sort()).toEqual(['email', 'password']);
  });
});
