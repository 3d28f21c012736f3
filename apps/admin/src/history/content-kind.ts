/** The kinds of content that are translated and keep a revision history, as the API names them. */
export type ContentKind = 'article' | 'event' | 'site';

// The admin's addresses say "places" where the API says "sites"; the address is what the editors know.
const kindOfSegment: Record<string, ContentKind> = { articles: 'article', events: 'event', places: 'site' };
const segmentOfKind: Record<ContentKind, string> = { article: 'articles', event: 'events', site: 'places' };

/** The kind of content a screen's address is about (`/places/…/history` is a site), or undefined elsewhere. */
export function contentKindOfPath(pathname: string): ContentKind | undefined {
  return kindOfSegment[pathname.split('/')[1] ?? ''];
}

/** Where one item of a kind is edited, translated or its history read. */
export function contentPath(kind: ContentKind, id: string, screen?: 'translate' | 'history'): string {
  const base = `/${segmentOfKind[kind]}/${encodeURIComponent(id)}`;
  return screen === undefined ? base : `${base}/${screen}`;
}
