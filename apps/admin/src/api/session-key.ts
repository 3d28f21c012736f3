/** The query key of the signed-in session; sign-in and sign-out write it directly. */
export const sessionKey = ['session'] as const;

/**
 * Whether a failure means the session is gone: the core client's `AppError` with code `unauthenticated`. Read by
 * shape rather than with core's `isAppError`, because this runs in the first chunk, and importing anything from core
 * there would bring its whole bundle (zod, the schemas) into the sign-in page's initial JavaScript.
 */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof Error && error.name === 'AppError' && (error as Error & { code?: unknown }).code === 'unauthenticated';
}

let endedByApi = false;

/** Records that the API ended the session (a 401 mid-work), or clears that once someone signs in again. */
export function markSessionEnded(ended: boolean): void {
  endedByApi = ended;
}

/** Why sign-in is shown: the session ran out under the user, or they were simply not signed in. */
export function signInReason(): 'expired' | undefined {
  return endedByApi ? 'expired' : undefined;
}
