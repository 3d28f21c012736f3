import { AppError } from '@kraina/core';
import type { Request } from 'express';

/**
 * The version a change is based on, from `If-Match: "7"` (the record's version as its entity tag) or the body's
 * `version`; undefined when neither is sent (deletions may leave it out).
 */
export function baseVersionOf(req: Request, bodyVersion?: number): number | undefined {
  const header = req.get('if-match');
  if (header === undefined) return bodyVersion;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new AppError('invalid-input', 'If-Match must be the version you changed, as "7"', {
      issues: [{ pointer: '#/headers/if-match', detail: 'Must be a version such as "7"' }],
    });
  }
  const version = Number(match[1]);
  if (bodyVersion !== undefined && bodyVersion !== version) {
    throw new AppError('invalid-input', 'If-Match and the body name different versions', {
      issues: [{ pointer: '#/body/version', detail: `Differs from If-Match ${version}` }],
    });
  }
  return version;
}

/**
 * The version an update is based on, which every update must send: without it a save could silently overwrite
 * someone else's, which is exactly what versions are there to prevent. Answers 428 when it is missing.
 */
export function requiredVersionOf(req: Request, bodyVersion?: number): number {
  const version = baseVersionOf(req, bodyVersion);
  if (version === undefined) {
    throw new AppError('precondition-required', 'Send the version you changed, as If-Match: "7" or the body\'s version', {
      issues: [{ pointer: '#/headers/if-match', detail: 'Required: the version this change is based on' }],
    });
  }
  return version;
}
