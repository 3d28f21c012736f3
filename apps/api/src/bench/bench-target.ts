import { type ChildProcess, fork } from 'node:child_process';
import { type TargetBusy, type TargetReady, busyQuestion } from './target-messages.js';

/** Starts a measured server (bench-server.js) in its own process over a SQLite file or a PostgreSQL URL, and resolves with its base URL once it listens. */
export async function startTarget(kind: 'api' | 'api-uncached' | 'baseline', database: string): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(new URL('./bench-server.js', import.meta.url), [kind, database], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<TargetReady>((resolveReady, reject) => {
    child.once('message', (message) => resolveReady(message as TargetReady));
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited with ${code} before listening`)));
  });
  return { url: `http://127.0.0.1:${ready.port}`, child };
}

/** Resolves once the target's event loop is nearly idle (under 5% busy), or after two minutes of waiting. */
export async function settled(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = new Promise<TargetBusy>((resolveAnswer) => child.once('message', (message) => resolveAnswer(message as TargetBusy)));
    child.send(busyQuestion);
    if ((await answer).utilisation < 0.05) return;
  }
  console.warn('The server was still busy after two minutes; measuring on regardless.');
}

export async function stopTarget(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.disconnect();
  await exited;
}
