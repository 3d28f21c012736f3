import { z } from 'zod';

// Map backgrounds are the operator's choice (OpenStreetMap, a national mapping agency, a self-hosted server), so
// the public site and the editorial app both take a Leaflet tile URL template and must agree on what is valid.

/** Whether a Leaflet tile URL template is an http(s) address naming the zoom and the tile's column and row. */
export function isTileUrlTemplate(template: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return false;
  // Placeholders such as {s} are not valid in a host name; a letter stands in for them while the address is checked.
  const url = URL.parse(template.replace(/\{[a-z]+\}/g, 'a'));
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
}

/** A tile URL template setting: empty for no tiles (markers on a plain background), else a valid template. */
export const MapTileUrlSettingSchema = z
  .string()
  .trim()
  .refine((url) => url === '' || isTileUrlTemplate(url), 'Must be an http(s) URL template with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png')
  .default('');

/** The map background a page or screen draws on: a tile template and the attribution its provider requires. */
export const MapTilesSchema = z.object({
  urlTemplate: z.string().min(1),
  /** HTML, as Leaflet writes it: the operator's own, never a visitor's or an editor's. */
  attribution: z.string(),
});
/** A map background. */
export type MapTiles = z.infer<typeof MapTilesSchema>;

/** The configured tiles, or null when the template is empty. */
export function mapTilesOf(urlTemplate: string, attribution: string): MapTiles | null {
  return urlTemplate === '' ? null : { urlTemplate, attribution };
}

/**
 * The content security policy sources a tile URL template needs in `img-src`: its origin, with a subdomain
 * placeholder such as `{s}` allowed as any subdomain. None without tiles.
 */
export function mapTileImageSources(template: string): string[] {
  if (template === '') return [];
  const match = /^(https?):\/\/([^/?#]+)/.exec(template);
  if (!match) return [];
  const [, scheme, host = ''] = match;
  // CSP allows a wildcard only as the leftmost label; a placeholder elsewhere in the host widens to that.
  const labels = host.split('.');
  const lastPlaceholder = labels.findLastIndex((label) => label.includes('{'));
  const source = lastPlaceholder === -1 ? host : ['*', ...labels.slice(lastPlaceholder + 1)].join('.');
  return [`${scheme}://${source}`];
}
