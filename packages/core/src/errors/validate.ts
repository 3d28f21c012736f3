import type { z } from 'zod';
import { AppError, type FieldIssue } from './app-error.js';

/** What a validator returns: the parsed value, or every invalid field. Validators never throw. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Turns a path such as `['translations', 'en', 'headline']` into the pointer `#/translations/en/headline` (RFC 6901). */
export function toPointer(path: readonly PropertyKey[]): string {
  const escaped = path.map((key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1'));
  return escaped.length === 0 ? '#' : `#/${escaped.join('/')}`;
}

/** Converts zod issues into field issues, one per invalid field, in the order zod found them. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    // An unrecognized key is reported once on the parent; name each key so the field itself is pointed at.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ pointer: toPointer([...issue.path, key]), detail: 'Unknown field' }));
    }
    return [{ pointer: toPointer(issue.path), detail: issue.message }];
  });
}

/** Validates `input` against `schema`: `{ ok: true, value }` or `{ ok: false, issues }`, whatever the input is. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: issuesFromZod(result.error.issues) };
  } catch (error) {
    // A refinement or transform that throws must still give a typed answer, never an exception of unknown kind.
    // A value nested deeper than the stack allows (rich text 10,000 lists deep) is the caller's doing, so say so.
    const detail =
      error instanceof RangeError ? 'Nested too deeply to read' : error instanceof Error ? error.message : 'Could not be validated';
    return { ok: false, issues: [{ pointer: '#', detail }] };
  }
}

/** Validates or throws an `AppError('invalid-input')` naming every invalid field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const result = validate(schema, input);
  if (result.ok) return result.value;
  throw new AppError('invalid-input', `The ${what} has ${result.issues.length} invalid field(s)`, {
    issues: result.issues,
  });
}
