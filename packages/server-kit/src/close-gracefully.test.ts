import { Agent, type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { closeGracefully } from './close-gracefully.js';

// A server whose one route answers after `delayMs`, like a slow database query; `arrived` settles when a request
// is in flight, so the tests close the server at that moment rather than after a guessed sleep.
async function slowServer(delayMs: number): Promise<{ server: Server; port: number; arrived: Promise<void> }> {
  let markArrived = () => {};
  const arrived = new Promise<void>((resolve) => (markArrived = resolve));
  const server = createServer((_req, res) => {
    markArrived();
    setTimeout(() => res.end('finished'), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, arrived };
}

// Keep-alive, as browsers and proxies use: the socket outlives the request.
function get(port: number): Promise<{ status: number | undefined; body: string }> {
  const agent = new Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('closeGracefully', () => {
  it('lets a request in flight finish, then closes without waiting for keep-alive sockets', async () => {
    const { server, port, arrived } = await slowServer(200);
    const answer = get(port);
    await arrived;
    const closed = await closeGracefully(server, 5_000);

    expect(await answer).toEqual({ status: 200, body: 'finished' });
    // An idle keep-alive socket would hold close() open past the 5 s, which would then report a timeout.
    expect(closed).toEqual({ timedOut: false });
  });

  it('cuts off a request that outlasts the timeout', async () => {
    const { server, port, arrived } = await slowServer(10_000);
    const answer = get(port).catch((error: unknown) => error);
    await arrived;

    const closed = await closeGracefully(server, 100);

    expect(closed).toEqual({ timedOut: true });
    expect(await answer).toBeInstanceOf(Error);
  });
});
