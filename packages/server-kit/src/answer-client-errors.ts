import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** The statuses Node's HTTP parser answers on its own, before a request reaches the app. */
export type ClientErrorStatus = 400 | 408 | 431;

/** The body to answer a request the HTTP server could not read, in the app's own error format. */
export type ClientErrorAnswer = (status: ClientErrorStatus) => { contentType: string; body: string };

const plainText: ClientErrorAnswer = (status) => ({ contentType: 'text/plain; charset=utf-8', body: `${STATUS_CODES[status] ?? 'Bad Request'}\n` });

function statusOf(error: NodeJS.ErrnoException): ClientErrorStatus {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Answers what Node's HTTP parser refuses (an address or headers past its limit, a malformed request line, a
 * request that never finished arriving) in the app's format, where Node would send a bare status with no body: a
 * client then reads the same kind of error whether the app or the server refused it.
 */
export function answerClientErrors(server: Server, answer: ClientErrorAnswer = plainText): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection has nobody to answer; a socket already answering must not get a second response.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(error);
    const { contentType, body } = answer(status);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
