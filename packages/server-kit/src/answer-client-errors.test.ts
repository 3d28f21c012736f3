import { type Server, createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientErrors } from './answer-client-errors.js';

/** Sends raw bytes to the server and resolves to everything it answers before closing. */
function rawExchange(server: Server, bytes: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('answerClientErrors', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(answer?: Parameters<typeof answerClientErrors>[1]): Promise<Server> {
    server = createServer((_req, res) => res.end('ok'));
    answerClientErrors(server, answer);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return server;
  }

  it("answers an address past the server's header limit with 431 in the app's format", async () => {
    const listening = await serve((status) => ({ contentType: 'application/problem+json', body: JSON.stringify({ status, code: 'headers-too-large' }) }));
    const answer = await rawExchange(listening, `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(answer.slice(answer.indexOf('\r\n\r\n') + 4)).toBe('{"status":431,"code":"headers-too-large"}');
  });

  it('answers a request line it cannot parse with 400, as plain text unless told otherwise', async () => {
    const listening = await serve();
    const answer = await rawExchange(listening, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Content-Type: text/plain; charset=utf-8');
  });
});
