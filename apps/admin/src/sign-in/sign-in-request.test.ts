import { AppError } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { outcomeOfFailure, secondFactorOf } from './sign-in-request.js';

describe('the second factor typed at sign-in', () => {
  it('sends six digits as an authenticator code, ignoring spaces', () => {
    expect(secondFactorOf('123 456')).toEqual({ code: '123456' });
  });

  it('sends anything else as a recovery code', () => {
    expect(secondFactorOf('7hq2m-x9c4d')).toEqual({ recoveryCode: '7hq2m-x9c4d' });
  });
});

describe('what a refused sign-in means', () => {
  it('asks for the code when the API says two-factor sign-in is on', () => {
    expect(outcomeOfFailure(new AppError('two-factor-required', 'Enter the code'))).toEqual({ kind: 'two-factor-required' });
  });

  it('says only "refused" for a wrong password, a malformed code or too many tries', () => {
    for (const code of ['unauthenticated', 'invalid-input', 'rate-limited'] as const) expect(outcomeOfFailure(new AppError(code, 'x'))).toEqual({ kind: 'refused' });
  });

  it('passes on any other failure’s message, such as an API that cannot be reached', () => {
    expect(outcomeOfFailure(new AppError('unavailable', 'Could not reach the API'))).toEqual({ kind: 'failed', message: 'Could not reach the API' });
  });
});
