import { describe, expect, it } from 'vitest';
import { codeAt, newTotpSecret, qrCodeSvg, stepOfCode, totpUri } from './totp.js';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';

// RFC 6238's own test secret, "12345678901234567890" in ASCII, written in base32.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('time-based codes', () => {
  it('makes the codes of RFC 6238’s SHA-1 test vectors, cut to six digits', () => {
    expect(codeAt(rfcSecret, new Date(59_000))).toBe('287082');
    expect(codeAt(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
    expect(codeAt(rfcSecret, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts the code of the step now, and of the steps either side, naming the step it was made for', () => {
    const at = new Date('2026-05-12T08:00:10Z');
    const step = Math.floor(at.getTime() / 30_000);
    expect(stepOfCode(rfcSecret, codeAt(rfcSecret, at), at)).toBe(step);
    expect(stepOfCode(rfcSecret, codeAt(rfcSecret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(stepOfCode(rfcSecret, codeAt(rfcSecret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(stepOfCode(rfcSecret, codeAt(rfcSecret, new Date(at.getTime() - 60_000)), at)).toBeUndefined();
  });

  it('makes a new 160-bit secret each time, and a URI and QR code an authenticator app reads', async () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, 'ales@kraina.test');
    expect(uri).toBe(`otpauth://totp/Kraina:ales%40kraina.test?issuer=Kraina&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    const svg = await qrCodeSvg(uri);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<\/svg>\s*$/s);
  });
});

describe('recovery codes', () => {
  it('makes ten different codes of two groups of five, in an alphabet without look-alikes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
  });

  it('reads a code typed in capitals, without its hyphen, or with O for 0 and I or L for 1, as the code itself', () => {
    expect(normaliseRecoveryCode(' 7HQ2M-X9C4D ')).toBe('7hq2mx9c4d');
    expect(normaliseRecoveryCode('O1abc-IL234')).toBe('01abc11234');
    expect(hashRecoveryCode('user-1', '7HQ2MX9C4D')).toBe(hashRecoveryCode('user-1', '7hq2m-x9c4d'));
    expect(hashRecoveryCode('user-2', '7hq2m-x9c4d')).not.toBe(hashRecoveryCode('user-1', '7hq2m-x9c4d'));
  });
});
