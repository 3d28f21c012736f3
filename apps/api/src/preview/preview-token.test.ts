import { describe, expect, it } from 'vitest';
import { createPreviewTokens } from './preview-token.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const target = { kind: 'article', id: '5b0f3a52-1c3e-4f7e-9a4b-2d6c8e1f0a37' } as const;

describe('preview tokens', () => {
  it('open what they were issued for until they expire, and nothing after', () => {
    let clock = new Date('2026-11-28T10:00:00Z');
    const tokens = createPreviewTokens(secret, 60, () => clock);
    const issued = tokens.issue(target);
    expect(issued.expiresAt).toBe('2026-11-28T11:00:00.000Z');
    expect(tokens.verify(issued.token)).toEqual({ ...target, expiresAt: issued.expiresAt });
    clock = new Date('2026-11-28T10:59:59.999Z');
    expect(tokens.verify(issued.token)).toBeDefined();
    clock = new Date('2026-11-28T11:00:00Z');
    expect(tokens.verify(issued.token)).toBeUndefined();
  });

  it('refuse a token signed with another secret, a changed payload, and anything that is not a token', () => {
    const tokens = createPreviewTokens(secret, 60);
    const issued = tokens.issue(target);
    expect(createPreviewTokens(`${secret}-other`, 60).verify(issued.token)).toBeUndefined();
    const [, signature] = issued.token.split('.');
    const forged = Buffer.from(JSON.stringify(['article', '00000000-0000-4000-8000-000000000000', Date.now() + 3_600_000])).toString('base64url');
    expect(tokens.verify(`${forged}.${signature}`)).toBeUndefined();
    for (const junk of ['', '.', 'abc', `${issued.token}.x`, issued.token.slice(0, -2), 'e30.e30']) expect(tokens.verify(junk), junk).toBeUndefined();
  });
});
