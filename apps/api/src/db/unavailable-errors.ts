// Errors that mean the database cannot be reached or cannot take the request now, as opposed to a fault in the
// request or in Kraina: the server is down or restarting, the network dropped, the pool is exhausted, SQLite is
// locked by another writer for longer than its busy timeout. A caller should try again shortly (503), not report
// a bug (500), and the process recovers by itself once the database does.

// Node's socket errors, as pg passes them on.
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
// PostgreSQL's SQLSTATEs: class 08 (connection exception), and the server shutting down or refusing connections.
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
// pg and pg-pool report a lost or unobtainable connection in plain Errors without a code.
const poolMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;

/** Whether an error says the database is unreachable or too busy for now, so the request may be retried. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (networkCodes.has(code) || unavailableStates.has(code) || code.startsWith('08')) return true;
      // better-sqlite3: another connection held the lock past busy_timeout.
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return true;
    }
    if (poolMessages.test(current.message)) return true;
  }
  return false;
}
