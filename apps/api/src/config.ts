import { type LocaleSettings, LocaleSettingsSchema, PasswordSchema } from '@kraina/core';
import { z } from 'zod';

// A port must be written out: `z.coerce.number()` would read an empty PORT as 0, a random port nobody asked for.
const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'Must be a port number from 0 to 65535')
  .transform(Number)
  .pipe(z.int().max(65_535, 'Must be a port number from 0 to 65535'));

const WholeNumberSchema = z.string().regex(/^\d+$/, 'Must be a whole number').transform(Number);

const ConfigSchema = z.object({
  PORT: PortSchema.default(4000),
  // Loopback by default, so a laptop does not publish a half-configured API; containers set HOST=0.0.0.0.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How long a stopping server waits for requests in flight before cutting them off.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // The embedded default needs no server; production sets postgres://user@host:5432/db.
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(postgres(ql)?:\/\/|file:|\.{0,2}\/)/, 'Must be postgres://…, file:… or a path to an SQLite file')
    .default('file:./data/kraina.db'),
  // A read replica of the PostgreSQL database (a streaming standby, or a pooler in front of several): public reads
  // go to it, staff reads and every write to DATABASE_URL, so editors read their own writes at once.
  DATABASE_READ_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'Must be postgres://…: a read replica is for PostgreSQL')
    .optional(),
  // The portal's languages, the first being the default, and where each falls back: "be:ru,en;ru:en".
  KRAINA_LOCALES: z.string().trim().default('en,ru,be'),
  KRAINA_LOCALE_FALLBACKS: z.string().trim().default('be:ru,en;ru:en'),
  // The zone in which a day of news is counted: "12 May" is Minsk's 12 May.
  KRAINA_TIME_ZONE: z
    .string()
    .default('Europe/Minsk')
    .refine((zone) => isTimeZone(zone), 'Must be an IANA time zone such as Europe/Minsk'),
  // Where uploaded and demo images are kept on local disk, unless S3_BUCKET names a bucket (below).
  MEDIA_DIR: z.string().trim().min(1).default('./data/media'),
  // An S3-compatible bucket for media, which many api processes share where they cannot share a folder. S3_ENDPOINT
  // is for services other than AWS (MinIO, Ceph, a cloud's own); S3_PUBLIC_URL is where readers fetch the files
  // (the bucket's address, or a CDN in front of it).
  S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  // The largest file an upload may carry (20 MB); a larger one is refused with 413 as soon as that is known.
  MEDIA_MAX_BYTES: WholeNumberSchema.pipe(z.int().min(1024)).default(20 * 1024 * 1024),
  // Load the demo content into an empty database at start (npm start sets it; production leaves it off).
  KRAINA_DEMO: z.enum(['on', 'off']).default('off'),
  // Bodies beyond this are refused with 413 before they are read in full.
  BODY_LIMIT_BYTES: WholeNumberSchema.pipe(z.int().min(1024)).default(1_048_576),
  // Browser origins allowed to call the API with cookies: the admin, and the web if its pages call from the browser.
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://localhost:3001,http://127.0.0.1:3000,http://127.0.0.1:3001')
    .transform((list) => list.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'Must be an http(s) origin such as https://admin.example' }))),
  // How long browsers and CDNs may keep public reads, and serve them stale while fetching a fresh copy.
  CACHE_MAX_AGE_SECONDS: WholeNumberSchema.default(60),
  CACHE_STALE_WHILE_REVALIDATE_SECONDS: WholeNumberSchema.default(300),
  // How long a CDN may serve a stale public read while this API answers errors (stale-if-error); 0: not at all.
  CACHE_STALE_IF_ERROR_SECONDS: WholeNumberSchema.default(86_400),
  // The API's own memory cache of public reads (0 turns it off), and how long it trusts an answer without hearing
  // of a change: writes through this process clear it at once, writes by other processes show within the TTL.
  RESPONSE_CACHE_MB: WholeNumberSchema.default(64),
  RESPONSE_CACHE_TTL_SECONDS: WholeNumberSchema.pipe(z.int().min(1)).default(10),
  // How long past its TTL an answer is still kept, to be served marked stale only while the database is away
  // (stale-if-error): readers see the site as it was rather than an error. 0 keeps nothing past the TTL.
  RESPONSE_CACHE_STALE_IF_ERROR_SECONDS: WholeNumberSchema.default(86_400),
  // On in development and tests: a handler whose answer breaks the contract fails loudly.
  VALIDATE_RESPONSES: z.stringbool().default(false),
  // Staff sessions end after this long unused, and this long after sign-in however busy.
  SESSION_IDLE_MINUTES: WholeNumberSchema.pipe(z.int().min(1)).default(60),
  SESSION_MAX_HOURS: WholeNumberSchema.pipe(z.int().min(1)).default(12),
  // Mark the session cookie Secure on every answer (behind a proxy that ends TLS); otherwise only over HTTPS.
  SESSION_COOKIE_SECURE: z.stringbool().default(false),
  // Express's `trust proxy`: the hops (1) or addresses (loopback) of proxies whose X-Forwarded-For and -Proto are
  // believed, so sign-in throttling counts the client's address and HTTPS is recognised. Unset trusts none.
  TRUST_PROXY: z.string().trim().min(1).optional(),
  // Where staff sessions and sign-in failures are kept when many api processes run: redis://[:password@]host:6379[/db].
  // Unset, they are kept in the database, which every process shares as well but with a write per sign-in and failure.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'Must be a redis:// or rediss:// URL' }).optional(),
  // Put before every Redis key, so several portals can share one Redis.
  REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default('kraina:'),
  // Requests a minute one client address may make (0: unlimited), counted in Redis across processes when REDIS_URL
  // is set. The site's own web processes read for every visitor at once, so their addresses are left uncounted.
  RATE_LIMIT_PER_MINUTE: WholeNumberSchema.default(1200),
  RATE_LIMIT_EXEMPT: z
    .string()
    .default('127.0.0.1,::1,::ffff:127.0.0.1')
    .transform((list) => list.split(',').map((address) => address.trim()).filter((address) => address !== '')),
  // The first admin, created when there are no accounts; without a password, a random one is printed once.
  KRAINA_ADMIN_EMAIL: z.email().max(254).optional(),
  KRAINA_ADMIN_PASSWORD: PasswordSchema.optional(),
  // Where the API is public (https://portal.example); unset gives the relative server URL /api/v1.
  PUBLIC_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  // How often each api process publishes scheduled items that are due (0: never, for a process that only serves).
  // Any number of processes may run it: each item is published once, by whichever gets there first.
  SCHEDULER_INTERVAL_SECONDS: WholeNumberSchema.default(15),
  // Signs preview links to drafts. Set the same value on every api process; unset, each process makes its own at
  // start, so a link works only on the process that issued it and not after a restart.
  PREVIEW_SECRET: z.string().min(32, 'Must be at least 32 characters; make one with `openssl rand -base64 48`').optional(),
  PREVIEW_TTL_MINUTES: WholeNumberSchema.pipe(z.int().min(1).max(10_080)).default(60),
});

/** The API's settings, read once at start-up. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** The locale settings a config describes, checked by core's schema so a fallback to an unserved locale fails at start. */
export function localeSettingsOf(config: Pick<Config, 'KRAINA_LOCALES' | 'KRAINA_LOCALE_FALLBACKS'>): LocaleSettings {
  const locales = config.KRAINA_LOCALES.split(',').map((l) => l.trim()).filter(Boolean);
  const fallbacks = Object.fromEntries(
    config.KRAINA_LOCALE_FALLBACKS.split(';')
      .map((rule) => rule.trim())
      .filter(Boolean)
      .map((rule) => {
        const [from = '', to = ''] = rule.split(':');
        return [from.trim(), to.split(',').map((l) => l.trim()).filter(Boolean)];
      }),
  );
  const result = LocaleSettingsSchema.safeParse({ locales, defaultLocale: locales[0], fallbacks });
  if (!result.success) throw new Error(`Invalid configuration: KRAINA_LOCALES / KRAINA_LOCALE_FALLBACKS\n${z.prettifyError(result.error)}`);
  return result.data;
}

// A bucket without its keys or public address would fail at the first upload; refused at start instead.
function requireWholeS3Settings(config: z.infer<typeof ConfigSchema>, context: z.RefinementCtx): void {
  if (config.S3_BUCKET === undefined) return;
  for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PUBLIC_URL'] as const) {
    if (config[name] === undefined) context.addIssue({ code: 'custom', path: [name], message: 'Required when S3_BUCKET is set' });
  }
}

// SQLite has no replicas: a DATABASE_READ_URL beside it would be a second, unrelated database.
function requirePostgresForReplica(config: z.infer<typeof ConfigSchema>, context: z.RefinementCtx): void {
  if (config.DATABASE_READ_URL !== undefined && !/^postgres(ql)?:\/\//.test(config.DATABASE_URL)) {
    context.addIssue({ code: 'custom', path: ['DATABASE_READ_URL'], message: 'A read replica needs PostgreSQL: DATABASE_URL names an SQLite file' });
  }
}

/** Reads and checks the settings; the only place in the API that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.superRefine(requireWholeS3Settings).superRefine(requirePostgresForReplica).safeParse(env);
  // Refuse to start: a bad setting found by the first request that needs it is found too late.
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  localeSettingsOf(parsed.data); // fails now, not at the first request, when the locales do not add up
  return Object.freeze(parsed.data);
}
