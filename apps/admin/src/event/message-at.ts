import { type FieldErrors, type FieldValues, get } from 'react-hook-form';

/** The error message a form holds at a dotted path (`schedule.0.end`), whether the path is a field or a group. */
export function messageAt<Values extends FieldValues>(errors: FieldErrors<Values>, path: string): string | undefined {
  const found: unknown = get(errors, path);
  return (found as { message?: string } | undefined)?.message;
}
