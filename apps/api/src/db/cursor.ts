import { AppError } from '@kraina/core';

/** A position in a newest-first list: the sort value of the last row seen, and its id to break ties. */
export interface Keyset {
  at: string;
  id: string;
}

/** An opaque, URL-safe cursor for a keyset position. */
export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at, keyset.id])).toString('base64url');
}

/** Reads a cursor made by `encodeCursor`; anything else is the caller's mistake, named as such. */
export function decodeCursor(cursor: string): Keyset {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string' && part.length <= 200)) {
      return { at: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the typed error below
  }
  throw new AppError('invalid-input', 'The cursor is not one this API made', {
    issues: [{ pointer: '#/query/cursor', detail: 'Must be the nextCursor of a previous page' }],
  });
}
