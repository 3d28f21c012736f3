/** One link of a page-number bar: a page, or a gap standing for the pages left out. */
export type PageLink = { kind: 'page'; page: number } | { kind: 'gap' };

/**
 * The page links worth showing around the current page of a long archive: the first and last pages, and `radius`
 * pages either side of the current one, with gaps between. Page 283 of 5,000 shows `1 … 281 282 283 284 285 … 5000`.
 */
export function pageLinks(current: number, totalPages: number, radius = 2): PageLink[] {
  if (totalPages <= 1) return [];
  const shown = new Set([1, totalPages]);
  for (let page = current - radius; page <= current + radius; page += 1) if (page >= 1 && page <= totalPages) shown.add(page);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: "1 … 3" would hide a single link behind a wider symbol.
    if (page - previous === 2) links.push({ kind: 'page', page: previous + 1 });
    else if (page - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page });
    previous = page;
  }
  return links;
}
