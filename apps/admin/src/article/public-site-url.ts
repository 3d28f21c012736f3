/**
 * The address of a path on the public site. Its origin is the admin server's PUBLIC_SITE_URL setting, since the
 * editorial app and the public site are usually served from different hosts; without it, this app's own origin,
 * as when one host serves both.
 */
export function publicSiteUrl(path: string, siteUrl: string | null): string {
  return new URL(path, siteUrl ?? window.location.origin).toString();
}
