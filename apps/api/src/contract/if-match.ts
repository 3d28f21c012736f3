import { AppError } from '@kraina/core';
import type { Request } from 'express';

/**
 * The version a change is based on, from `If-Match: "7"` (the record's version as its entity tag) or the body's
 * `version`. Both absent is allowed only until the editorial issue makes it required everywhere.
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
