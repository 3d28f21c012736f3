import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { rememberCsrfToken } from '../api/csrf-token.js';
import { isSessionEnded, markSessionEnded, sessionKey } from '../api/session-key.js';

/**
 * The app's one query cache. Any 401 from any read or change ends the session the same way, wherever it happens:
 * the session is forgotten, and the signed-in frame sends the user to sign in again and back to the same address.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isSessionEnded(error) && query.queryKey[0] !== sessionKey[0]) endSession();
    },
  }),
  mutationCache: new MutationCache({
    onError: (error) => {
      if (isSessionEnded(error)) endSession();
    },
  }),
  defaultOptions: {
    // A refused request is an answer, so only failures to reach the API are worth one more try.
    queries: { retry: (count, error) => count < 1 && (error as Error & { code?: unknown }).code === 'unavailable', refetchOnWindowFocus: false },
  },
});

function endSession(): void {
  rememberCsrfToken(undefined);
  markSessionEnded(true);
  // The signed-in frame sees no session and sends the user to sign-in, saying why and where they will come back to.
  queryClient.setQueryData(sessionKey, null);
}
