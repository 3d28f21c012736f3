let csrfToken: string | undefined;

/** Keeps the session's CSRF token, which every change must carry as `X-CSRF-Token`; undefined after sign-out. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The session's CSRF token, if signed in. */
export function currentCsrfToken(): string | undefined {
  return csrfToken;
}
