import { type FieldErrors, type FieldValues, get } from 'react-hook-form';

/** The message of the error at a dotted field name (`message.en`), if the form has one there. */
export function fieldError<Values extends FieldValues>(errors: FieldErrors<Values>, name: string): string | undefined {
  const found: unknown = get(errors, name);
  return (found as { message?: string } | undefined)?.message;
}
