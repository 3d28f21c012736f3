/** Where sign-in may send a user back to: a path on this app only, never another site (`//evil.example`). */
export function safeReturnPath(next: string | null | undefined): string {
  if (next === null || next === undefined || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}

/** The sign-in address that brings the user back to `here` afterwards. */
export function signInAddress(here: string, reason?: 'expired' | 'signed-out'): string {
  const query = new URLSearchParams();
  const back = safeReturnPath(here);
  if (back !== '/') query.set('next', back);
  if (reason !== undefined) query.set('reason', reason);
  const text = query.toString();
  return text === '' ? '/sign-in' : `/sign-in?${text}`;
}
