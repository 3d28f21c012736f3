import type { Server } from 'node:http';

/**
 * Stops taking connections and resolves once the requests in flight have been answered; after `timeoutMs` the
 * stragglers are cut off and `timedOut` is true.
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<{ timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const deadline = setTimeout(() => {
      timedOut = true;
      server.closeAllConnections();
    }, timeoutMs);
    // A keep-alive socket goes idle once its request is answered, and close() would wait for it to time out
    // (5 s by default); sweeping idle sockets as requests finish lets the process exit as soon as it is done.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close((error) => {
      clearTimeout(deadline);
      clearInterval(sweep);
      if (error) reject(error);
      else resolve({ timedOut });
    });
    server.closeIdleConnections();
  });
}
