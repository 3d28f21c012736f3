import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Logger } from 'pino';
import { requestIdFrom } from './assign-request-id.js';

/** How much the response cache may hold, and for how long. */
export interface ResponseCacheOptions {
  /** Bytes of bodies (and their compressed copies) kept at most; the least recently used go first. */
  maxBytes: number;
  /**
   * How long an answer is kept even when nothing is heard of a change: the bound on staleness for writes this
   * process cannot see (another process on the same database, until changes are shared between processes).
   */
  ttlMs: number;
  /**
   * How long past its TTL an answer is still kept, to be served (marked stale) only when the app cannot answer
   * because the database is away: RFC 5861's stale-if-error. 0 keeps nothing past the TTL.
   */
  staleIfErrorMs?: number;
  logger?: Logger;
  now?: () => number;
}

type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  storedAt: number;
  /** Compressed copies, made the first time a caller accepts each. */
  encoded: Partial<Record<Exclude<Encoding, 'identity'>, Buffer>>;
  bytes: number;
}

/** Where a request stands: its cache key, and the cache's generation when it arrived. */
interface Pending {
  key: string;
  generation: number;
}

// Headers that belong to one exchange, not to the representation: never replayed from the cache.
const exchangeHeaders = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'x-request-id']);
/** Bodies below this go out uncompressed, as the compression middleware sends them. */
const compressionThreshold = 1024;

/**
 * A cache of public reads in front of the whole middleware stack. A repeated public read (same URL, language,
 * origin) is answered from memory with the headers and body the app produced, so it skips routing, validation,
 * the database and serialisation; the benchmark showed the stack alone costs half of a bare server's rate.
 *
 * What it keeps is decided by the app's own headers: only 200 answers marked `Cache-Control: public`, without
 * cookies, to requests without credentials. Everything is dropped whenever the database commits a write
 * (`invalidate`), and an answer that was being computed while a write committed is not kept, so a reader never
 * sees content older than the last committed change made through this process.
 */
export function createResponseCache(options: ResponseCacheOptions) {
  const now = options.now ?? Date.now;
  const staleIfErrorMs = options.staleIfErrorMs ?? 0;
  const maxEntryBytes = Math.max(0, Math.floor(options.maxBytes / 8));
  const entries = new Map<string, Entry>();
  const pending = new WeakMap<IncomingMessage, Pending>();
  let generation = 0;
  let bytes = 0;

  function forget(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  /** The entry for a key while it may still be served, fresh or (within the stale-if-error window) stale. */
  function kept(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && now() - entry.storedAt >= options.ttlMs + staleIfErrorMs) forget(key);
    return entries.get(key);
  }

  function fresh(key: string): Entry | undefined {
    const entry = kept(key);
    if (!entry || now() - entry.storedAt >= options.ttlMs) return undefined;
    // Map order is age of use: moving a hit to the end leaves the least recently used first for eviction.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function makeRoom(): void {
    for (const key of entries.keys()) {
      if (bytes <= options.maxBytes) return;
      forget(key);
    }
  }

  function bodyFor(entry: Entry, encoding: Encoding): Buffer {
    if (encoding === 'identity') return entry.body;
    let encoded = entry.encoded[encoding];
    if (encoded === undefined) {
      // Made once per entry, so a better ratio than per-request compression can afford.
      encoded =
        encoding === 'br'
          ? brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
          : gzipSync(entry.body, { level: 9 });
      entry.encoded[encoding] = encoded;
      entry.bytes += encoded.length;
      bytes += encoded.length;
      makeRoom();
    }
    return encoded;
  }

  function reply(req: IncomingMessage, res: ServerResponse, entry: Entry, started: number, stale = false): void {
    const id = requestIdFrom(req.headers['x-request-id']);
    const notModified = matchesETag(req.headers['if-none-match'], entry.etag);
    const encoding = notModified || entry.body.length < compressionThreshold ? 'identity' : chooseEncoding(req.headers['accept-encoding']);
    const body = notModified ? undefined : bodyFor(entry, encoding);
    const headers: OutgoingHttpHeaders = { ...entry.headers, 'x-request-id': id };
    if (body !== undefined) headers['content-length'] = body.length;
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    if (stale) {
      const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000));
      headers.age = String(age);
      headers.warning = '111 - "Revalidation Failed"';
      // Fresh for nobody downstream, but theirs to serve again while the outage lasts, as it is ours.
      headers['cache-control'] = `public, max-age=0, stale-if-error=${Math.max(0, Math.floor((options.ttlMs + staleIfErrorMs) / 1000) - age)}`;
    }
    res.writeHead(notModified ? 304 : entry.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    options.logger?.info({ reqId: id, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(performance.now() - started), cache: stale ? 'stale' : 'hit' }, 'request');
  }

  return {
    /**
     * Answers the request from the cache when it holds a fresh answer; otherwise notes the request, so that
     * `keep` can store what the app answers, and returns false for the app to answer it.
     */
    serve(req: IncomingMessage, res: ServerResponse): boolean {
      if (options.maxBytes <= 0 || !isAnonymousRead(req)) return false;
      const started = performance.now();
      const key = keyOf(req);
      // A caller's `Cache-Control: no-cache` is not obeyed (as Varnish does not): it would let anyone send every
      // request to the database in a flood. Freshness is the cache's own business: it hears of every change.
      const entry = fresh(key);
      if (entry) {
        reply(req, res, entry, started);
        return true;
      }
      pending.set(req, { key, generation });
      return false;
    },

    /**
     * Answers a public read from an answer kept past its TTL (within the stale-if-error window), marked with `Age`
     * and `Warning`, when the app could not answer it because the database is away; false when none is kept.
     */
    serveStale(req: IncomingMessage, res: ServerResponse): boolean {
      if (options.maxBytes <= 0 || !isAnonymousRead(req) || res.headersSent) return false;
      const entry = kept(keyOf(req));
      if (!entry) return false;
      reply(req, res, entry, performance.now(), true);
      return true;
    },

    /** Keeps the answer the app just sent to a request `serve` passed on, if it is a public 200. */
    keep(req: IncomingMessage, res: ServerResponse, body: string | Buffer): void {
      const noted = pending.get(req);
      if (!noted || noted.generation !== generation || !isCacheableAnswer(res)) return;
      const bodyBytes = typeof body === 'string' ? Buffer.from(body) : body;
      const etag = res.getHeader('etag');
      if (bodyBytes.length > maxEntryBytes || typeof etag !== 'string') return;
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (!exchangeHeaders.has(name) && value !== undefined) headers[name] = value;
      if (bodyBytes.length >= compressionThreshold) headers.vary = withAcceptEncoding(headers.vary);
      forget(noted.key);
      entries.set(noted.key, { status: res.statusCode, headers, body: bodyBytes, etag, storedAt: now(), encoded: {}, bytes: bodyBytes.length });
      bytes += bodyBytes.length;
      makeRoom();
    },

    /** Drops every answer: the content changed. Answers being computed right now will not be kept either. */
    invalidate(): void {
      generation += 1;
      entries.clear();
      bytes = 0;
    },

    /** How many answers and bytes it holds, for tests and metrics. */
    stats: () => ({ entries: entries.size, bytes }),
  };
}

/** The response cache. */
export type ResponseCache = ReturnType<typeof createResponseCache>;

/**
 * Whether a request is a public read: a GET or HEAD without credentials. Only these are cached, and only these
 * may go to a read replica; a request with credentials may be answered differently for its caller (a draft
 * preview, say), so it always reaches the app and the primary.
 */
export function isAnonymousRead(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.headers.authorization === undefined && req.headers.cookie === undefined;
}

function isCacheableAnswer(res: ServerResponse): boolean {
  const cacheControl = res.getHeader('cache-control');
  return res.statusCode === 200 && typeof cacheControl === 'string' && /^public\b/.test(cacheControl) && res.getHeader('set-cookie') === undefined;
}

// Everything the answer varies on besides the URL; the body's encoding is chosen per request from one copy.
function keyOf(req: IncomingMessage): string {
  return `${req.url ?? ''}\n${req.headers['accept-language'] ?? ''}\n${req.headers.origin ?? ''}`;
}

function withAcceptEncoding(vary: OutgoingHttpHeaders[string]): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? '')).split(',').map((n) => n.trim()).filter(Boolean);
  if (!names.some((n) => n.toLowerCase() === 'accept-encoding' || n === '*')) names.push('Accept-Encoding');
  return names.join(', ');
}

/** Whether `If-None-Match` names this tag, compared weakly as RFC 9110 asks for GET. */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** The best encoding the caller accepts: brotli, then gzip, else none; `q=0` refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name !== '') accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  return weight('gzip') > 0 ? 'gzip' : 'identity';
}
