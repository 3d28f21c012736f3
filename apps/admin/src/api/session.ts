import { type SessionInfo, isAppError } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { api } from './api-client.js';
import { rememberCsrfToken } from './csrf-token.js';
import { sessionKey } from './session-key.js';

/** Who is signed in, or null: a 401 here is an answer ("nobody"), not an error. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.getSession();
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthenticated') {
      rememberCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

/** The signed-in session, read once and shared by every screen. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000, retry: false });
}
