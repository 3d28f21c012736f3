// A small round-robin HTTP load balancer for `npm run cluster`: enough to try many stateless processes on one
// machine, not a production proxy (put nginx, HAProxy or a cloud balancer there; see docs/DEPLOY.md).
import { request as httpRequest, createServer } from 'node:http';

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/**
 * Listens on `port` and passes each request to the next healthy upstream in turn, adding X-Forwarded-For/-Proto.
 * Upstreams are checked at `healthPath` every second; one that fails is skipped until it answers again, and a
 * request whose upstream refuses the connection is tried on the next, since it never reached any.
 */
export function startBalancer({ host, port, upstreams, healthPath, onLog = () => undefined }) {
  const healthy = new Set(upstreams);
  let turn = 0;

  const check = setInterval(() => {
    for (const upstream of upstreams) {
      fetch(`${upstream}${healthPath}`, { signal: AbortSignal.timeout(900) }).then(
        (res) => mark(upstream, res.ok),
        () => mark(upstream, false),
      );
    }
  }, 1000);
  check.unref();

  function mark(upstream, ok) {
    if (ok === healthy.has(upstream)) return;
    if (ok) healthy.add(upstream);
    else healthy.delete(upstream);
    onLog(`${upstream} is ${ok ? 'back' : 'out of rotation'}`);
  }

  function pick(tried) {
    const candidates = upstreams.filter((u) => healthy.has(u) && !tried.has(u));
    if (candidates.length === 0) return undefined;
    turn = (turn + 1) % candidates.length;
    return candidates[turn];
  }

  const server = createServer((req, res) => {
    // The body is read once and kept, so a request refused by one upstream can be sent whole to the next.
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => forward(req, res, Buffer.concat(chunks), new Set()));
  });

  function forward(req, res, body, tried) {
    const upstream = pick(tried);
    if (upstream === undefined) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' }).end('No process is available\n');
      return;
    }
    tried.add(upstream);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !hopByHop.has(name)));
    const client = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${client}` : client;
    headers['x-forwarded-proto'] = 'http';
    headers['content-length'] = String(body.length);
    const outgoing = httpRequest(`${upstream}${req.url}`, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !hopByHop.has(name))));
      answer.pipe(res);
    });
    outgoing.on('error', (error) => {
      if (res.headersSent) return res.destroy(error);
      if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET') {
        mark(upstream, false);
        return forward(req, res, body, tried);
      }
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The process did not answer\n');
    });
    outgoing.end(body);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ close: () => new Promise((done) => server.close(() => done())) }));
  });
}
