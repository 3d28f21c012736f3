// `npm start`: install what is missing, build, then run web, admin and api side by side with their output
// prefixed, print their addresses once each answers its health check, and stop all three together.
// `npm run cluster` (`--api N --web M`) runs N api and M web processes instead, each kind behind a small local
// load balancer on its usual port, to try on one machine what a deployment does across many.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ensureInstalled, root } from './ensure-installed.mjs';
import { startBalancer } from './load-balancer.mjs';

// The first start of the api loads the demo portal (about 30 s on a small machine) before it answers.
const READY_WITHIN_MS = 120_000;
// Longer than the servers' own 10 s drain, so a server is only killed when its drain has failed.
const STOPPED_WITHIN_MS = 15_000;

const { values: args } = parseArgs({ options: { api: { type: 'string', default: '1' }, web: { type: 'string', default: '1' } } });
const counts = { api: countFrom('api', args.api), web: countFrom('web', args.web) };
// Each server's port comes from here, not from a PORT in the shell, which would send all three to one port.
const ports = { web: portFrom('WEB_PORT', 3000), admin: portFrom('ADMIN_PORT', 3001), api: portFrom('API_PORT', 4000) };
// The servers listen on HOST (loopback by default); a wildcard HOST is still reachable on loopback.
const host = !process.env.HOST || ['0.0.0.0', '::'].includes(process.env.HOST) ? '127.0.0.1' : process.env.HOST;
const origin = (port) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
// Web and admin find the api on the port chosen here; a site address follows the web's port unless one is set.
const apiUrl = process.env.API_URL ?? origin(ports.api);
// The editorial app opens previews of drafts on the public site, so it is told where that is too.
const siteUrl = process.env.SITE_URL ?? `http://localhost:${ports.web}`;
const kinds = [
  {
    kind: 'web',
    entry: 'apps/web/dist/server.js',
    port: ports.web,
    health: '/health',
    open: '/',
    env: { API_URL: apiUrl, SITE_URL: siteUrl },
  },
  { kind: 'admin', entry: 'apps/admin/dist/server/server.js', port: ports.admin, health: '/health', open: '/', env: { API_URL: apiUrl, PUBLIC_SITE_URL: siteUrl } },
  {
    kind: 'api',
    entry: 'apps/api/dist/server.js',
    port: ports.api,
    health: '/api/health',
    open: '/api/docs',
    // A new user sees a portal, not an empty database; development checks every answer against the contract.
    env: { KRAINA_DEMO: process.env.KRAINA_DEMO ?? 'on', VALIDATE_RESPONSES: process.env.VALIDATE_RESPONSES ?? 'true' },
  },
];
// One process of a kind listens on its port; several listen on the next ports up from port + 100, behind a balancer
// on the kind's port, so every address above (and every link a person has) stays the same.
const apps = kinds.flatMap((spec) => {
  const count = counts[spec.kind] ?? 1;
  if (count === 1) return [{ ...spec, name: spec.kind }];
  return Array.from({ length: count }, (_, i) => ({ ...spec, name: `${spec.kind}-${i + 1}`, port: spec.port + 100 + i }));
});
const balanced = kinds.filter((spec) => (counts[spec.kind] ?? 1) > 1);

const colours = process.stdout.isTTY ? { web: 36, admin: 35, api: 33, balancer: 32 } : {};
const label = (name) => {
  const colour = colours[name.replace(/-\d+$/, '')];
  return colour ? `\x1b[${colour}m[${name}]\x1b[0m` : `[${name}]`;
};
const say = (message) => console.log(`kraina: ${message}`);

ensureInstalled();
say('building');
const build = spawnSync('npx', ['--no-install', 'turbo', 'run', 'build', '--filter=./apps/*'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) {
  say('the build failed; nothing was started');
  process.exit(build.status ?? 1);
}

const running = new Map(); // name → child process, until it exits
let stopping = false;
let exitCode = 0;
let isReady = false; // all three have answered their health checks

function launch(app) {
  const child = spawn(process.execPath, [join(root, app.entry)], {
    cwd: join(root, 'apps', app.kind),
    // Production unless told otherwise: React's development build renders pages at a fraction of its real speed.
    env: { NODE_ENV: 'production', ...process.env, ...app.env, PORT: String(app.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.set(app.name, child);
  prefixLines(child.stdout, app.name, process.stdout);
  prefixLines(child.stderr, app.name, process.stderr);
  child.on('error', (error) => console.error(`${label(app.name)} could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    running.delete(app.name);
    if (!stopping) {
      console.error(`${label(app.name)} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the others`);
      if (!isReady) say('if a port is taken, choose others with WEB_PORT, ADMIN_PORT and API_PORT');
      stopAll('SIGTERM', 1);
    } else if (code !== 0 && signal === null) {
      console.error(`${label(app.name)} did not stop cleanly (exit code ${code})`);
      exitCode = 1;
    }
    if (running.size === 0) {
      say(exitCode === 0 ? 'all stopped' : 'stopped, with errors');
      process.exit(exitCode);
    }
  });
}

// Ctrl-C reaches the servers too (they share this terminal's process group) and `npm start` forwards it once more;
// the servers, like this script, act on the first signal and ignore repeats.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal, 0));

// `kill <npm's pid>` reaches npm, which forwards it to the shell running this script, and the shell dies of it
// without passing it on: this process is orphaned. Noticing the new parent is the one signal left, on every OS.
const launcher = process.ppid;
setInterval(() => {
  if (process.ppid !== launcher) {
    say('the command that started this one has gone');
    stopAll('SIGTERM', 0);
  }
}, 500).unref();

// The first api migrates the database and loads the demo before any other process opens it: two at once would
// race to migrate, and each would find the database empty and load the demo.
async function launchAll() {
  for (const spec of balanced) {
    const upstreams = apps.filter((app) => app.kind === spec.kind).map((app) => origin(app.port));
    await startBalancer({ host, port: spec.port, upstreams, healthPath: spec.health, onLog: (line) => console.log(`${label('balancer')} ${spec.kind}: ${line}`) });
  }
  if (counts.api > 1 && !process.env.REDIS_URL) say('without REDIS_URL each api process keeps its own cache, and may answer stale reads for a few seconds after a change');
  const [first, ...rest] = [...apps.filter((app) => app.kind === 'api'), ...apps.filter((app) => app.kind !== 'api')];
  launch(first);
  await waitUntilReady([first]);
  for (const app of rest) launch(app);
  await waitUntilReady(apps);
}

launchAll().then(
  () => {
    if (stopping) return;
    isReady = true;
    const width = Math.max(...apps.map((app) => app.name.length), ...balanced.map((spec) => spec.kind.length + 16)) + 2;
    say('ready');
    const shown = [...balanced.map((spec) => ({ ...spec, name: `${spec.kind} (${counts[spec.kind]} processes)` })), ...apps.filter((app) => !balanced.some((spec) => spec.kind === app.kind))];
    for (const app of shown) console.log(`  ${app.name.padEnd(width)}${origin(app.port)}${app.open}`);
    console.log('  Press Ctrl-C to stop.');
  },
  (error) => {
    if (stopping) return;
    say(error.message);
    stopAll('SIGTERM', 1);
  },
);

function stopAll(signal, code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  say(`stopping ${[...running.keys()].join(', ')}`);
  for (const child of running.values()) child.kill(signal);
  setTimeout(() => {
    for (const [name, child] of running) {
      console.error(`${label(name)} still running after ${STOPPED_WITHIN_MS} ms; killing it`);
      child.kill('SIGKILL');
    }
    exitCode = 1;
  }, STOPPED_WITHIN_MS).unref();
}

async function waitUntilReady(waitFor) {
  const deadline = Date.now() + READY_WITHIN_MS;
  const pending = new Set(waitFor);
  while (pending.size > 0) {
    for (const app of [...pending]) {
      if (stopping) return;
      if (await answers(`${origin(app.port)}${app.health}`)) pending.delete(app);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      const names = [...pending].map((app) => app.name).join(', ');
      throw new Error(`${names} did not answer its health check within ${READY_WITHIN_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return res.ok;
  } catch {
    return false;
  }
}

// The servers log pino's JSON; here each line is shown as "[api] info listening url=…", which a person can scan.
function prefixLines(stream, name, to) {
  const levels = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
  createInterface({ input: stream }).on('line', (line) => {
    let text = line;
    try {
      const { level, time: _time, pid: _pid, hostname: _hostname, service: _service, msg, ...fields } = JSON.parse(line);
      const details = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      text = [levels[level] ?? level, msg, ...details].join(' ');
    } catch {
      // Not a log line (a stack trace, a start-up message): shown as it is.
    }
    to.write(`${label(name)} ${text}\n`);
  });
}

function countFrom(kind, value) {
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1) {
    console.error(`kraina: --${kind} must be a number of processes from 1 to 99, not "${value}"`);
    process.exit(1);
  }
  return Number(value);
}

function portFrom(variable, fallback) {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    console.error(`kraina: ${variable} must be a port number, not "${value}"`);
    process.exit(1);
  }
  return Number(value);
}
