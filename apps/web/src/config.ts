import { MapTileUrlSettingSchema } from '@kraina/core';
import { z } from 'zod';

// A port must be written out: `z.coerce.number()` would read an empty PORT as 0, a random port nobody asked for.
const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'Must be a port number from 0 to 65535')
  .transform(Number)
  .pipe(z.int().max(65_535, 'Must be a port number from 0 to 65535'));

const ConfigSchema = z.object({
  PORT: PortSchema.default(3000),
  // Loopback by default, so a laptop does not publish the site by accident; containers set HOST=0.0.0.0.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How long a stopping server waits for requests in flight before cutting them off.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // The portal's own name, shown in the header and page titles; Kraina is only the software's.
  SITE_NAME: z.string().trim().min(1).max(80).default('Kraina'),
  // Pages read content only through the API over HTTP, as any other team's site would.
  API_URL: z.url({ protocol: /^https?$/, error: 'Must be the http(s) address of the Kraina API' }).default('http://127.0.0.1:4000'),
  // The site's public address, for canonical links, hreflang, feeds and JSON-LD; pages must not name the host a
  // request happened to arrive on, which a proxy or an attacker's Host header decides.
  SITE_URL: z.url({ protocol: /^https?$/, error: 'Must be the http(s) address readers use, such as https://belarus.by' }).default('http://localhost:3000'),
  // How long this process reuses an API answer; the API caches too, this saves the round trip on busy pages.
  API_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // How often each web process asks the API whether published content changed, dropping its cached answers when it
  // has: a publication shows within this many seconds on every process, with or without Redis. 0 turns it off.
  CONTENT_POLL_SECONDS: z.coerce.number().int().min(0).max(300).default(3),
  // With the API's Redis, the site hears every publication over pub/sub within moments instead of at the next poll.
  // The prefix must be the API processes' REDIS_KEY_PREFIX: it names the portal's channel.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'Must be a redis:// or rediss:// URL' }).optional(),
  REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default('kraina:'),
  // How long browsers and CDNs may keep a page, and serve it stale while they fetch a fresh one.
  PAGE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  PAGE_STALE_SECONDS: z.coerce.number().int().min(0).default(300),
  // How long a CDN may serve a stale page while this site answers errors (stale-if-error); 0: not at all.
  PAGE_STALE_IF_ERROR_SECONDS: z.coerce.number().int().min(0).default(86_400),
  // Map tiles for the places pages, as a Leaflet URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png
  // (mind the tile server's usage policy). Empty: maps show markers on a plain background above the list of places.
  MAP_TILE_URL: MapTileUrlSettingSchema,
  // Shown in the map's corner; tile providers require it (OpenStreetMap: "© OpenStreetMap contributors" with a link).
  // It is the operator's own HTML, as Leaflet writes it, never a visitor's.
  MAP_TILE_ATTRIBUTION: z.string().trim().max(500).default(''),
});

/** The public site's settings, read once at start-up. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Reads and checks the settings; the only place in the site that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  // Refuse to start: a bad setting found by the first request that needs it is found too late.
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return Object.freeze(parsed.data);
}
