import { z } from 'zod';
import { AppError, type ErrorCode, type FieldIssue, errorCodes } from './app-error.js';

// A new code does not compile until it has a row here, so every failure has one status and one title.
/** The HTTP status and the fixed title of each error code. */
export const problemTypes = {
  'invalid-input': { status: 422, title: 'Some fields are not valid' },
  'malformed-request': { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Sign in to do this' },
  // The password was right; the same request with `code` (or `recoveryCode`) signs in.
  'two-factor-required': { status: 401, title: 'Enter the code from your authenticator app' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  'not-found': { status: 404, title: 'Nothing is published at this address' },
  'method-not-allowed': { status: 405, title: 'This address does not accept that method' },
  conflict: { status: 409, title: 'This conflicts with something that already exists' },
  'version-conflict': { status: 412, title: 'Someone else saved first' },
  'precondition-required': { status: 428, title: 'Say which version you are changing' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  // Answered by the HTTP server itself, before the request reaches the app: a URL or headers past its limit, or a
  // client too slow to finish sending them.
  'headers-too-large': { status: 431, title: 'The address or headers of the request are too large' },
  'request-timeout': { status: 408, title: 'The request took too long to arrive' },
  'unsupported-media-type': { status: 415, title: 'This content type is not accepted' },
  'rate-limited': { status: 429, title: 'Too many requests; try again later' },
  unavailable: { status: 503, title: 'The service is briefly unavailable; try again shortly' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<ErrorCode, { status: number; title: string }>;

/** The `type` URI of an error code: stable, so clients may switch on it. */
export function problemTypeUri(code: ErrorCode): string {
  return `https://kraina.dev/problems/${code}`;
}

/** An RFC 9457 problem details body, with Kraina's `code` and the invalid fields in `errors`. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.enum(errorCodes),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
    currentVersion: z.int().nonnegative().optional().describe('On a version conflict (412): the version the record is at now'),
  })
  .meta({ id: 'Problem' });
/** An RFC 9457 problem details body as Kraina sends it. */
export type Problem = z.infer<typeof ProblemSchema>;

/** The problem+json body for an error; the cause never leaves the server, and `internal` hides its message. */
export function toProblem(error: AppError, instance?: string): Problem {
  const { status, title } = problemTypes[error.code];
  return {
    type: problemTypeUri(error.code),
    title,
    status,
    detail: error.code === 'internal' ? title : error.message,
    ...(instance === undefined ? {} : { instance }),
    code: error.code,
    ...(error.issues.length > 0 ? { errors: error.issues.map((i) => ({ pointer: i.pointer, detail: i.detail })) } : {}),
    ...(error.currentVersion === undefined ? {} : { currentVersion: error.currentVersion }),
  };
}

/** The error code a bare HTTP status stands for, when an answer carries no problem body (a proxy's HTML page, say). */
export function errorCodeForStatus(status: number): ErrorCode {
  const exact = (Object.entries(problemTypes) as [ErrorCode, { status: number }][]).find(([, p]) => p.status === status);
  if (exact) return exact[0];
  if (status === 400) return 'malformed-request';
  if (status >= 500) return status === 502 || status === 504 ? 'unavailable' : 'internal';
  return 'malformed-request';
}

/** Turns any non-2xx answer into an `AppError`: a problem body is read faithfully, anything else by its status. */
export function fromProblem(status: number, body: unknown): AppError {
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) {
    const issues: FieldIssue[] = parsed.data.errors ?? [];
    return new AppError(parsed.data.code, parsed.data.detail ?? parsed.data.title, { issues, currentVersion: parsed.data.currentVersion });
  }
  const code = errorCodeForStatus(status);
  return new AppError(code, `${problemTypes[code].title} (HTTP ${status})`, { cause: body });
}
