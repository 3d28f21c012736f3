import { type IncomingMessage, type ServerResponse, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from 'pino';

/** How to reach the API the editorial app's `/api/*` is forwarded to. */
export interface ApiProxyOptions {
  /** The API's origin, such as `http://127.0.0.1:4000`. */
  target: string;
  /** How long the API may take to start answering before the browser is told it is unavailable. */
  timeoutMs: number;
  logger: Logger;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection and must not be passed on to the next.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

function endToEnd(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name.toLowerCase())));
}

function answerUnavailable(res: ServerResponse, detail: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ type: 'https://kraina.dev/problems/unavailable', title: 'The service is unavailable', status: 502, code: 'unavailable', detail }));
}

/**
 * Forwards `/api/*` to the API as a stream, so the session cookie and CSRF token stay on the editorial app's own
 * origin and uploads of any size pass through without being held in memory. Bodies are not read here: the API
 * bounds them and answers 413 itself. A slow or absent API is answered 502 in problem+json, as the client expects.
 */
export function createApiProxy({ target, timeoutMs, logger }: ApiProxyOptions) {
  const origin = new URL(target);
  const send = origin.protocol === 'https:' ? httpsRequest : httpRequest;

  return (req: IncomingMessage, res: ServerResponse): void => {
    const headers = endToEnd(req.headers);
    // The API sees the browser's host and scheme, so the cookies it sets and the links it writes fit the browser.
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = 'encrypted' in req.socket ? 'https' : 'http';
    headers.host = origin.host;
    const upstream = send(
      { protocol: origin.protocol, hostname: origin.hostname, port: origin.port, method: req.method, path: req.url, headers, timeout: timeoutMs },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error(`The API did not answer within ${timeoutMs} ms`)));
    upstream.on('error', (error) => {
      logger.warn({ err: error, url: req.url }, 'the API could not be reached');
      answerUnavailable(res, 'The editorial app could not reach the API. Try again in a moment.');
    });
    // A browser that goes away mid-request should not leave the API working for nobody.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}
