import type { Request, Response } from 'express';

/** The name of the staff session cookie. */
export const sessionCookieName = 'kraina_session';

/** The session secret a request's cookie carries, if any. */
export function sessionSecretOf(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === sessionCookieName) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** How the cookie is marked `Secure`: always, or only when the request itself came over HTTPS. */
export interface CookieSettings {
  alwaysSecure: boolean;
  maxAgeMs: number;
}

// httpOnly: no script reads it, so an XSS cannot carry it away. SameSite=Lax: other sites' forms and fetches go
// without it (CSRF tokens guard the rest), while a link from an email to the admin still arrives signed in.
function cookieOptions(req: Request, settings: CookieSettings) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: settings.alwaysSecure || req.secure } as const;
}

/** Sets the session cookie to a new secret. */
export function setSessionCookie(req: Request, res: Response, secret: string, settings: CookieSettings): void {
  res.cookie(sessionCookieName, secret, { ...cookieOptions(req, settings), maxAge: settings.maxAgeMs });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(req: Request, res: Response, settings: CookieSettings): void {
  res.clearCookie(sessionCookieName, cookieOptions(req, settings));
}
