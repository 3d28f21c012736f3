import { type SessionInfo, type SignInInput, isAppError } from '@kraina/core';
import { api } from '../api/api-client.js';
import { rememberCsrfToken } from '../api/csrf-token.js';

/** How a sign-in attempt ended. */
export type SignInOutcome =
  | { kind: 'signed-in'; session: SessionInfo }
  | { kind: 'two-factor-required' }
  | { kind: 'refused' }
  | { kind: 'failed'; message: string };

/** The code a person typed, sent as the field the API expects: six digits are an authenticator code. */
export function secondFactorOf(typed: string): Pick<SignInInput, 'code' | 'recoveryCode'> {
  const code = typed.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? { code } : { recoveryCode: code };
}

/** What the API's answer to a sign-in means: every refusal alike, as the API words it, so nothing says which part was wrong. */
export function outcomeOfFailure(error: unknown): SignInOutcome {
  if (isAppError(error) && error.code === 'two-factor-required') return { kind: 'two-factor-required' };
  if (isAppError(error) && (error.code === 'unauthenticated' || error.code === 'invalid-input' || error.code === 'rate-limited')) return { kind: 'refused' };
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Signs in through core's client. Loaded only when the form is first used, so the sign-in page's first paint does
 * not wait for core's bundle.
 */
export async function signIn(credentials: { email: string; password: string }, typedCode: string | undefined): Promise<SignInOutcome> {
  try {
    const session = await api.signIn({ body: { ...credentials, ...(typedCode === undefined ? {} : secondFactorOf(typedCode)) } });
    rememberCsrfToken(session.csrfToken);
    return { kind: 'signed-in', session };
  } catch (error) {
    return outcomeOfFailure(error);
  }
}
