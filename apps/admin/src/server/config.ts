import { fileURLToPath } from 'node:url';
import { MapTileUrlSettingSchema } from '@kraina/core';
import { z } from 'zod';

// A port must be written out: `z.coerce.number()` would read an empty PORT as 0, a random port nobody asked for.
const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'Must be a port number from 0 to 65535')
  .transform(Number)
  .pipe(z.int().max(65_535, 'Must be a port number from 0 to 65535'));

// Two levels above both src/server/ and dist/server/, so sources and the bundle find vite's output alike.
const builtClientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));

const ConfigSchema = z.object({
  PORT: PortSchema.default(3001),
  // Loopback by default, so a laptop does not publish the editorial app; containers set HOST=0.0.0.0.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How long a stopping server waits for requests in flight before cutting them off.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // The API that `/api/*` is forwarded to, so the browser keeps the session cookie on this app's own origin.
  API_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000'),
  // How long the API may stay silent on a forwarded request before the browser is told it is unavailable.
  API_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // Where `vite build` put the client; set only to serve a client built elsewhere.
  CLIENT_DIR: z.string().trim().min(1).default(builtClientDir),
  // The place editor's map tiles, as the public site's (a Leaflet template such as
  // https://tile.openstreetmap.org/{z}/{x}/{y}.png). Empty: the map shows its marker on a plain background.
  MAP_TILE_URL: MapTileUrlSettingSchema,
  // The operator's own HTML for the map's corner, which tile providers require.
  MAP_TILE_ATTRIBUTION: z.string().trim().max(500).default(''),
  // Where the public site is (https://portal.example), so a draft's preview opens there; unset, this app's own
  // origin, as when one host serves both.
  PUBLIC_SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Where the API's media files are served from when not through it: its S3_PUBLIC_URL, or a CDN in front of the
  // bucket. Only its origin is used, to let the library's pictures through this app's content security policy.
  MEDIA_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** The editorial app server's settings, read once at start-up. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Reads and checks the settings; the only place in the admin server that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  // Refuse to start: a bad setting found by the first request that needs it is found too late.
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return Object.freeze(parsed.data);
}
