import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RecordedPage } from './recorded-page.js';

// The web bench's baseline: bare node:http sending pages the web rendered once, byte for byte and with the same
// headers. Nothing is read, rendered or fetched from the api per request, so the gap between it and the web is
// what express, the api round trip, React rendering and the page's own work cost.
//   node dist/serve-recorded-pages.js <pages.json>
// It listens on an ephemeral loopback port, tells its parent the port over IPC, and stops when the parent lets go.

const file = process.argv[2];
if (file === undefined || process.send === undefined) {
  console.error('usage: forked by the web bench with a JSON file of recorded pages');
  process.exit(2);
}
const pages = new Map(
  (JSON.parse(readFileSync(file, 'utf8')) as RecordedPage[]).map((page) => [page.path, { ...page, body: Buffer.from(page.bodyBase64, 'base64') }]),
);

const server = createServer((req, res) => {
  const page = pages.get(req.url ?? '');
  if (page === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not recorded');
    return;
  }
  res.writeHead(page.status, page.headers.flat());
  res.end(page.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
