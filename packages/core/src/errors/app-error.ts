/** Every failure a caller can act on has one of these codes; `problemTypes` maps each to its HTTP answer. */
export const errorCodes = [
  'invalid-input',
  'malformed-request',
  'unauthenticated',
  'two-factor-required',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'conflict',
  'version-conflict',
  'precondition-required',
  'payload-too-large',
  'headers-too-large',
  'request-timeout',
  'unsupported-media-type',
  'rate-limited',
  'unavailable',
  'internal',
] as const;

/** A code from the closed set of failures Kraina reports. */
export type ErrorCode = (typeof errorCodes)[number];

/** One invalid field: a JSON Pointer (as a URI fragment) to it, and what is wrong, safe to show to a person. */
export interface FieldIssue {
  pointer: string;
  detail: string;
}

/** The one error type of Kraina: a code, a message safe to show, the field issues if any, and a cause for logs only. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  /** On a `version-conflict`: the version the record is at now, so the caller can reload it and merge. */
  readonly currentVersion: number | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: readonly FieldIssue[]; cause?: unknown; currentVersion?: number | undefined } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.currentVersion = options.currentVersion;
  }
}

/** Whether a thrown value is an `AppError`, across copies of the package (a CJS and an ESM copy may both be loaded). */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError ||
    (value instanceof Error && value.name === 'AppError' && typeof (value as Partial<AppError>).code === 'string')
  );
}
