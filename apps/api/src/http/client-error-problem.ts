import { AppError, type ErrorCode, toProblem } from '@kraina/core';
import type { ClientErrorAnswer } from '@kraina/server-kit';

const codeOf = { 400: 'malformed-request', 408: 'request-timeout', 431: 'headers-too-large' } as const satisfies Record<number, ErrorCode>;

/** What the API answers for a request Node's HTTP server refused before the app saw it: problem+json like any error. */
export const clientErrorProblem: ClientErrorAnswer = (status) => {
  const code = codeOf[status];
  return { contentType: 'application/problem+json', body: JSON.stringify(toProblem(new AppError(code, 'The HTTP server could not read this request'))) };
};
