import { type RequestListener, createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { type TargetBusy, type TargetReady, busyQuestion } from './target-messages.js';

// A server the benchmark measures, in a process of its own so the load generator does not share its event loop:
//   node dist/bench-server.js api <sqlite file>        the real API, built by createApp as server.ts builds it
//   node dist/bench-server.js api-uncached <file>      the same with its response cache turned off
//                                                     (either api also takes a postgres:// URL for the file)
//   node dist/bench-server.js baseline <sqlite file>   bare node:http and better-sqlite3: the newest-list query alone
// It listens on an ephemeral loopback port and reports the port to the parent over IPC; asked how busy it is, it
// answers with its event loop's utilisation over the next quarter second (the parent waits for it to fall idle).

function apiListener(database: string, responseCache: boolean): RequestListener {
  const url = database.startsWith('postgres://') || database.startsWith('postgresql://') ? database : `file:${database}`;
  // Logs off (a log line per request would be measured too); everything else is the production default.
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ...(responseCache ? {} : { RESPONSE_CACHE_MB: '0' }) });
  return createApp(config, { database: openDatabase(config.DATABASE_URL) });
}

// What the API's newest list does at its core, with nothing around it: no framework, no validation, no fallback,
// no JSON columns parsed. The gap between the two is what express, the contract and the stores cost.
function baselineListener(file: string): RequestListener {
  const sqlite = new SqliteDatabase(file, { readonly: true });
  const newest = sqlite.prepare(`select a.id, a.slug, a.first_published_at as "publishedAt", t.headline
    from articles a join article_translations t on t.article_id = a.id and t.locale = 'en' and t.status = 'published'
    where a.status = 'published' order by a.first_published_at desc, a.id desc limit 20`);
  return (_req, res) => {
    const body = JSON.stringify({ items: newest.all() });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
}

const [kind, file] = process.argv.slice(2);
if ((kind !== 'api' && kind !== 'api-uncached' && kind !== 'baseline') || file === undefined) {
  console.error('usage: bench-server.js api|api-uncached|baseline <sqlite file>');
  process.exit(2);
}
const server = createServer(kind === 'baseline' ? baselineListener(file) : apiListener(file, kind === 'api'));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const ready: TargetReady = { port: typeof address === 'object' && address ? address.port : 0 };
  process.send?.(ready);
});
process.on('message', (message) => {
  if (message !== busyQuestion) return;
  const start = performance.eventLoopUtilization();
  setTimeout(() => {
    const answer: TargetBusy = { utilisation: performance.eventLoopUtilization(start).utilization };
    process.send?.(answer);
  }, 250);
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
