import { describe, expect, it } from 'vitest';
import { tokenInputOf, tokenResolver } from './token-form-values.js';

const check = (values: Parameters<typeof tokenInputOf>[0]) => tokenResolver()(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('the new-token form', () => {
  it('sends no expiry for a token meant to last until revoked', () => {
    expect(tokenInputOf({ name: 'Newsletter', scopes: ['drafts:read'], expiresAt: '' })).toEqual({ name: 'Newsletter', scopes: ['drafts:read'] });
  });

  it('lets a token chosen to expire on a day work until the end of that day on this device', () => {
    const { expiresAt } = tokenInputOf({ name: 'Import', scopes: ['content:write'], expiresAt: '2027-01-31' });
    expect(new Date(expiresAt ?? '').getTime()).toBe(new Date(2027, 0, 31, 23, 59, 59).getTime());
  });

  it('refuses, in core’s words, a token with no name or no scope', async () => {
    const result = await check({ name: ' ', scopes: [], expiresAt: '' });
    expect(Object.keys(result.errors).sort()).toEqual(['name', 'scopes']);
  });

  it('accepts a named token with a scope', async () => {
    const result = await check({ name: 'Open data export', scopes: ['drafts:read', 'audit:read'], expiresAt: '' });
    expect(result.errors).toEqual({});
  });
});
