import { z } from 'zod';

// A port must be written out: `z.coerce.number()` would read an empty PORT as 0, a random port nobody asked for.
const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'Must be a port number from 0 to 65535')
  .transform(Number)
  .pipe(z.int().max(65_535, 'Must be a port number from 0 to 65535'));

const ConfigSchema = z.object({
  PORT: PortSchema.default(4000),
  // Loopback by default, so a laptop does not publish a half-configured API; containers set HOST=0.0.0.0.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How long a stopping server waits for requests in flight before cutting them off.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

/** The API's settings, read once at start-up. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Reads and checks the settings; the only place in the API that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  // Refuse to start: a bad setting found by the first request that needs it is found too late.
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return Object.freeze(parsed.data);
}
