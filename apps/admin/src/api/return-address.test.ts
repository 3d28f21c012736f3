import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInAddress } from './return-address.js';

describe('the return address after sign-in', () => {
  it('keeps a path on this app with its query', () => {
    expect(safeReturnPath('/articles?status=draft')).toBe('/articles?status=draft');
  });

  it('refuses another site, however it is spelled, and sign-in itself', () => {
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/sign-in?next=/x']) {
      expect(safeReturnPath(next)).toBe('/');
    }
  });

  it('writes the sign-in address with where to come back to and why', () => {
    expect(signInAddress('/articles/1f0c?x=1', 'expired')).toBe('/sign-in?next=%2Farticles%2F1f0c%3Fx%3D1&reason=expired');
    expect(signInAddress('/')).toBe('/sign-in');
  });
});
